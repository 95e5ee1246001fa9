// Ethernet framing facts and the named frame-size distributions that `size`
// accepts. Line-rate checks and the lowering read these.
import { source } from './define';
import type { SizeDistributionSpec } from './types';

/** Preamble + SFD (8 B) and inter-frame gap (12 B) every frame adds on the wire. */
export const WIRE_OVERHEAD_BYTES = 20;
export const WIRE_OVERHEAD_SOURCE = source.ieee('preamble 7 B + SFD 1 B + minimum inter-frame gap 12 B = 20 B per frame (calibration.md: "Wire overhead per frame (preamble + SFD + IFG) 20 B")');

/** The smallest legal Ethernet frame, header and FCS included. */
export const MIN_FRAME_BYTES = 64;
/** Ethernet header (14 B) + FCS (4 B): a frame is MTU + 18 B. */
export const FRAME_OVERHEAD_BYTES = 18;

/** Bits per second on the wire for `framesPerSecond` frames of `frameBytes`. */
export function wireBitsPerSecond(framesPerSecond: number, frameBytes: number): number {
  return framesPerSecond * (frameBytes + WIRE_OVERHEAD_BYTES) * 8;
}

/** Frames per second a line of `bitsPerSecond` carries at most for frames of `frameBytes`. */
export function lineRatePps(bitsPerSecond: number, frameBytes: number): number {
  return bitsPerSecond / ((frameBytes + WIRE_OVERHEAD_BYTES) * 8);
}

export const SIZE_DISTRIBUTIONS: readonly SizeDistributionSpec[] = [
  {
    name: 'imix',
    doc: 'Simple IMIX: 64 B, 570 B and 1518 B frames in the ratio 7:4:1 (mean ≈ 353.8 B).',
    entries: [
      { bytes: 64, weight: 7 },
      { bytes: 570, weight: 4 },
      { bytes: 1518, weight: 1 },
    ],
    source: source.convention('"simple IMIX" of traffic generators (7:4:1 of 64/570/1518 B frames, after the Internet packet-size mix); RFC 6985 describes how to state such mixes'),
  },
];

export function sizeDistribution(name: string): SizeDistributionSpec | undefined {
  return SIZE_DISTRIBUTIONS.find((d) => d.name === name);
}

/** Mean frame size of a distribution, bytes. */
export function meanBytes(dist: SizeDistributionSpec): number {
  const total = dist.entries.reduce((sum, e) => sum + e.weight, 0);
  return dist.entries.reduce((sum, e) => sum + e.bytes * e.weight, 0) / total;
}
