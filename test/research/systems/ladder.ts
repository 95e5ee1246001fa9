// The packet-rate ladder at 64 B (XDP paper, CoNEXT'18): DPDK, XDP and the
// kernel dropping on one core, and how the rates scale. Trend check 4.
import type { PointResult } from '../../../simulator/results';
import { between, mpps, times, type ResearchSystem } from '../claims';
import { FIXTURES, point, scenario } from '../harness';

interface Ladder {
  dpdk: PointResult;
  xdp: PointResult;
  kernel: PointResult;
  conntrack: PointResult;
  /** Queues (= cores) → rate, per stack. */
  scaling: { stack: string; queues: number; pps: number }[];
  clock: { stack: string; ghz: number; pps: number }[];
}

const LADDER = new URL('ladder.hnet', FIXTURES);
/** The NIC/PCIe ceiling for drops and the 64 B line rate at 100G. */
const NIC_CAP = 115e6;
const LINE_RATE_64B = 148.81e6;

const pps = (p: PointResult, traffic: string) => p.traffic[traffic].pps;

export const ladder: ResearchSystem<Ladder> = {
  id: 'ladder',
  title: 'Packet-rate ladder at 64 B',
  paper: 'Høiland-Jørgensen et al., "The eXpress Data Path", CoNEXT\'18',
  example: 'kernel-vs-dpdk.hnet',
  async measure() {
    const oneCore = await scenario(LADDER, 'one_core');
    const kernel = await scenario(LADDER, 'one_core_kernel');
    const cores = await scenario(LADDER, 'cores');
    const clock = await scenario(LADDER, 'clock');
    const stackOf = (p: PointResult) => (p.params['flood.via'] === 'dpdk_drop' ? 'DPDK' : 'XDP');
    const dpdk = point(oneCore, { 'flood.via': 'dpdk_drop' });
    const xdp = point(oneCore, { 'flood.via': 'xdp_drop' });
    return {
      dpdk,
      xdp,
      kernel: point(kernel, { 'slow_flood.via': 'kernel_drop' }),
      conntrack: point(kernel, { 'slow_flood.via': 'conntrack_drop' }),
      scaling: [
        { stack: 'DPDK', queues: 1, pps: pps(dpdk, 'flood') },
        { stack: 'XDP', queues: 1, pps: pps(xdp, 'flood') },
        ...cores.points.map((p) => ({ stack: stackOf(p), queues: p.params['server.eth0.queues'] as number, pps: pps(p, 'flood') })),
      ],
      clock: clock.points.map((p) => ({ stack: stackOf(p), ghz: (p.params['server.cpu.freq'] as number) / 1e9, pps: pps(p, 'flood') })),
    };
  },
  claims: [
    {
      id: 'one core drops 38–48 Mpps with DPDK, 20–28 with XDP, 4–6 in the kernel, 1.5–2.5 with conntrack',
      check: 4,
      claim: 'Packet-rate ladder at 64 B, one core: DPDK 38–48 Mpps; XDP drop 20–28; kernel early drop 4–6; with conntrack 1.5–2.5 (paper: 43.5, 24, 4.8, 1.8)',
      target: 'each rate in its range',
      evaluate({ dpdk, xdp, kernel, conntrack }) {
        const rates = [pps(dpdk, 'flood'), pps(xdp, 'flood'), pps(kernel, 'slow_flood'), pps(conntrack, 'slow_flood')];
        return {
          measured: `DPDK ${mpps(rates[0])}, XDP ${mpps(rates[1])}, kernel ${mpps(rates[2])}, conntrack ${mpps(rates[3])}`,
          holds: between(rates[0], 38e6, 48e6) && between(rates[1], 20e6, 28e6) && between(rates[2], 4e6, 6e6) && between(rates[3], 1.5e6, 2.5e6),
        };
      },
    },
    {
      id: 'DPDK/XDP 1.5–2.2 and XDP/kernel 4–6',
      check: 4,
      claim: 'Ratios: DPDK/XDP 1.5–2.2 and XDP/kernel-raw 4–6',
      target: 'both ratios in range',
      evaluate({ dpdk, xdp, kernel }) {
        const a = pps(dpdk, 'flood') / pps(xdp, 'flood');
        const b = pps(xdp, 'flood') / pps(kernel, 'slow_flood');
        return { measured: `DPDK/XDP ${times(a)}, XDP/kernel ${times(b)}`, holds: between(a, 1.5, 2.2) && between(b, 4, 6) };
      },
    },
    {
      id: 'rates scale with cores until the NIC cap, never above line rate',
      check: 4,
      claim: 'Rates scale linearly with cores until the NIC/PCIe cap (about 115 Mpps), never above 148.8 Mpps',
      target: 'n cores ≥ 0.9 × min(n × one core, 115 Mpps); nothing above 115 Mpps (+0.1% for packets the NIC buffered before the window), nor above 148.8',
      evaluate({ scaling }) {
        const one = new Map(scaling.filter((s) => s.queues === 1).map((s) => [s.stack, s.pps]));
        const ok = scaling.every((s) => s.pps <= NIC_CAP * 1.001 && s.pps <= LINE_RATE_64B && s.pps >= 0.9 * Math.min(s.queues * one.get(s.stack)!, NIC_CAP));
        return { measured: scaling.map((s) => `${s.stack} ×${s.queues}: ${mpps(s.pps)}`).join('; '), holds: ok };
      },
    },
    {
      id: 'rates scale with the clock',
      claim: 'Sanity: a CPU-bound poll loop runs at a rate proportional to the core clock',
      target: 'rate at 1.5 GHz = half the rate at 3 GHz, within 10%',
      evaluate({ clock }) {
        const ratios = ['DPDK', 'XDP'].map((stack) => {
          const at = (ghz: number) => clock.find((c) => c.stack === stack && c.ghz === ghz)!.pps;
          return at(1.5) / at(3);
        });
        return { measured: `1.5 GHz / 3 GHz: DPDK ${times(ratios[0])}, XDP ${times(ratios[1])}`, holds: ratios.every((r) => between(r, 0.45, 0.55)) };
      },
    },
  ],
  charts({ dpdk, xdp, kernel, conntrack, scaling }) {
    return [
      {
        file: 'ladder-one-core',
        title: 'Drop rate of one core at 64 B',
        caption: 'Published: XDP paper §4.1 (Xeon E5-1650 v4, 3.6 GHz; hostnet\'s costs are fitted at 3 GHz).',
        kind: 'bars',
        x: { label: '', categories: ['DPDK', 'XDP', 'kernel (raw drop)', 'kernel + conntrack'] },
        y: { label: 'packet rate', format: 'mpps', min: 0 },
        series: [
          { label: 'hostnet', values: [pps(dpdk, 'flood'), pps(xdp, 'flood'), pps(kernel, 'slow_flood'), pps(conntrack, 'slow_flood')] },
          { label: 'published', values: [43.5e6, 24e6, 4.8e6, 1.8e6], published: true },
        ],
      },
      {
        file: 'ladder-cores',
        title: 'Drop rate against cores (one RX queue each)',
        caption: 'Linear until the NIC/PCIe ceiling of about 115 Mpps.',
        kind: 'lines',
        x: { label: 'cores', values: [1, 2, 4, 8], format: 'number' },
        y: { label: 'packet rate', format: 'mpps', min: 0 },
        series: [
          ...['DPDK', 'XDP'].map((stack) => ({ label: stack, values: [1, 2, 4, 8].map((q) => scaling.find((s) => s.stack === stack && s.queues === q)?.pps ?? null) })),
          { label: 'NIC ceiling (115 Mpps)', values: [1, 2, 4, 8].map(() => NIC_CAP), published: true },
        ],
      },
    ];
  },
};
