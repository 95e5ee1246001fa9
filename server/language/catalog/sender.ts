// What sending costs a simulated (`sut`) sender: derived from the stage kinds.
import { FRAME_OVERHEAD_BYTES } from './ethernet';
import { source } from './define';
import { stageBehaviour, stageKind } from './stages';

/** GSO_MAX_SIZE in Linux 5.4: the largest segment TSO hands to the NIC. */
export const TSO_SEGMENT_BYTES = 65536;

export const SENDER_SOURCE = source.assumption(
  'the send path mirrors the receive path: the application\'s data is copied once into socket buffers at the socket stage\'s in-cache cost per byte, and each segment (64 KB with TSO, else one frame) goes through tcp, ip and tx at their per-packet costs; Cai et al. find the sender has spare cycles (calibration.md: "Bottleneck side: receiver core at 100%; sender has spare cycles")',
);

export interface SenderCostSpec {
  cyclesPerByte: number;
  cyclesPerSegment: number;
  segmentBytes: number;
}

/** The kernel send path's costs for a sender whose NIC has `offloads` and `mtu`. */
export function senderCost(offloads: readonly string[], mtu: number): SenderCostSpec {
  const kernel = (kind: string) => stageBehaviour(stageKind(kind)!, 'kernel');
  return {
    cyclesPerByte: kernel('socket').cyclesPerByte,
    cyclesPerSegment: kernel('tcp').cyclesPerPacket + kernel('ip').cyclesPerPacket + kernel('tx').cyclesPerPacket,
    segmentBytes: offloads.includes('tso') ? TSO_SEGMENT_BYTES : mtu + FRAME_OVERHEAD_BYTES,
  };
}
