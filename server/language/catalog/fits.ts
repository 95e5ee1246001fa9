// The end-to-end figures of calibration.md that the stage costs are fitted
// to, as data: the generated doc prints them and a test recomputes them.
import type { Stack, StageKind } from '../../../simulator/model';
import { stageBehaviour, stageKind } from './stages';

export interface CalibrationFit {
  name: string;
  stack: Stack;
  stages: readonly StageKind[];
  frameBytes: number;
  /** The measured time per packet on one core, seconds. */
  targetSeconds: number;
  /** The calibration.md row. */
  row: string;
}

/** The clock the stage costs are fitted at. */
export const FIT_FREQUENCY = 3e9;

export const CALIBRATION_FITS: readonly CalibrationFit[] = [
  {
    name: 'kernel early drop (iptables raw)', stack: 'kernel', stages: ['driver', 'gro', 'ip', 'iptables'], frameBytes: 64,
    targetSeconds: 208e-9, row: 'Linux drop in iptables raw table, 1 core: 4.8 Mpps (208 ns) — XDP paper §4.1',
  },
  {
    name: 'kernel drop with conntrack', stack: 'kernel', stages: ['driver', 'gro', 'ip', 'conntrack', 'iptables'], frameBytes: 64,
    targetSeconds: 556e-9, row: 'Linux drop with conntrack, 1 core: 1.8 Mpps (556 ns) — XDP paper §4.1',
  },
  {
    name: 'Linux IP forwarding, 1 route', stack: 'kernel', stages: ['driver', 'gro', 'ip', 'route', 'tx'], frameBytes: 64,
    targetSeconds: 575e-9, row: 'Linux IP routing, 1 core, 1 route: 1.74 Mpps (575 ns) — xdp-paper bench04',
  },
  {
    name: 'XDP drop', stack: 'xdp', stages: ['driver', 'xdp'], frameBytes: 64,
    targetSeconds: 41.6e-9, row: 'XDP_DROP, 1 core: 24 Mpps (41.6 ns/pkt) — XDP paper §4.1',
  },
  {
    name: 'XDP redirect forwarding', stack: 'xdp', stages: ['driver', 'xdp', 'tx'], frameBytes: 64,
    targetSeconds: 116e-9, row: 'XDP_REDIRECT forwarding, 1 core: 8.65 Mpps (116 ns) — xdp-paper bench05',
  },
  {
    name: 'XDP routing, 1 route', stack: 'xdp', stages: ['driver', 'xdp', 'route', 'tx'], frameBytes: 64,
    targetSeconds: 1 / 5.36e6, row: 'XDP routing, 1 core, 1 route: 5.36 Mpps — xdp-paper bench04',
  },
  {
    name: 'DPDK drop', stack: 'dpdk', stages: ['pmd'], frameBytes: 64,
    targetSeconds: 22.9e-9, row: 'DPDK drop, 1 core: 43.5 Mpps (22.9 ns/pkt) — XDP paper §4.1',
  },
];

/** Cycles one packet of `frameBytes` costs through `stages` in `stack`, with the catalog's defaults. */
export function chainCycles(stack: Stack, stages: readonly StageKind[], frameBytes: number): number {
  return stages.reduce((sum, kind) => {
    const spec = stageKind(kind);
    if (!spec) throw new Error(`unknown stage kind ${kind}`);
    const b = stageBehaviour(spec, stack);
    return sum + b.cyclesPerPacket + b.cyclesPerByte * frameBytes;
  }, 0);
}
