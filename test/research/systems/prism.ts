// PRISM (ICDCS'22): high-priority packets first through an overlay's stages.
// Trend check 7 of calibration.md; examples/prism.hnet.
import type { PointResult, Results } from '../../../simulator/results';
import { change, gbps, micros, percent, times, type ResearchSystem } from '../claims';
import { expectsHold, runExample } from '../example-runs';
import { coreUtil, point, sweptValues } from '../harness';

interface Load {
  rate: number;
  /** Busy fraction of the softirq core without PRISM. */
  load: number;
  fifo: PointResult;
  prism: PointResult;
}

interface Prism {
  runs: Record<string, Results>;
  loads: Load[];
}

/** The bulk load at or above which the check applies. */
const HEAVY = 0.8;

export const prism: ResearchSystem<Prism> = {
  id: 'prism',
  title: 'PRISM: priorities in the kernel\'s overlay pipeline',
  paper: 'Munikar, Lei, Lu, Rao, "PRISM: Streamlined Packet Processing for Containers with Flow Prioritization", ICDCS 2022',
  example: 'prism.hnet',
  async measure() {
    const runs = await runExample('prism.hnet');
    const results = runs.under_load;
    const loads = sweptValues(results, 'bulk.rate').map((rate) => {
      const fifo = point(results, { 'bulk.rate': rate, 'overlay.priority': 'none' });
      return { rate: rate as number, load: coreUtil(fifo, 'server', 0), fifo, prism: point(results, { 'bulk.rate': rate, 'overlay.priority': 'prism' }) };
    });
    return { runs, loads };
  },
  claims: [
    {
      id: 'under heavy low-priority load the high-priority p99 improves at least 2×',
      check: 7,
      claim: 'With low-priority load at or above 80% of the bottleneck core, the p99 latency of a high-priority flow improves by at least 2× over FIFO processing',
      target: 'FIFO p99 / PRISM p99 ≥ 2 at every swept load ≥ 80%',
      evaluate({ loads }) {
        const heavy = loads.filter((l) => l.load >= HEAVY);
        const ratios = heavy.map((l) => l.fifo.traffic.rpc.latency.p99 / l.prism.traffic.rpc.latency.p99);
        return {
          measured: heavy.map((l, i) => `${percent(l.load)} load: ${micros(l.fifo.traffic.rpc.latency.p99)} → ${micros(l.prism.traffic.rpc.latency.p99)} (${times(ratios[i])})`).join('; '),
          holds: heavy.length > 0 && ratios.every((r) => r >= 2),
        };
      },
    },
    {
      id: 'low-priority throughput costs at most 10%',
      check: 7,
      claim: 'PRISM costs no more than 10% of the low-priority throughput',
      target: 'bulk throughput with PRISM ≥ 90% of FIFO at every load',
      evaluate({ loads }) {
        const ratios = loads.map((l) => l.prism.traffic.bulk.throughput / l.fifo.traffic.bulk.throughput);
        return {
          measured: loads.map((l, i) => `${gbps(l.rate)}: ${change(ratios[i], 1)}`).join('; '),
          holds: ratios.every((r) => r >= 0.9),
        };
      },
    },
    {
      id: 'the gain grows with the background load',
      claim: 'PRISM matters when the host is busy: its gain rises with the low-priority load',
      target: 'p99 ratio at the highest load ≥ at the lowest load',
      evaluate({ loads }) {
        const ratio = (l: Load) => l.fifo.traffic.rpc.latency.p99 / l.prism.traffic.rpc.latency.p99;
        const first = loads[0];
        const heaviest = loads.reduce((a, b) => (b.load > a.load ? b : a));
        return {
          measured: `${times(ratio(first))} at ${percent(first.load)} load, ${times(ratio(heaviest))} at ${percent(heaviest.load)}`,
          holds: ratio(heaviest) >= ratio(first),
        };
      },
    },
    expectsHold<Prism>('prism.hnet', (m) => m.runs),
  ],
  charts({ loads }) {
    return [
      {
        file: 'prism-p99',
        title: 'High-priority RPC p99 under low-priority bulk load',
        caption: 'One overlay softirq core; the paper gives no numbers ("significantly" better); the dashed line is the 2× the trend check asks for.',
        kind: 'lines',
        x: { label: 'softirq core load from bulk (without PRISM)', values: loads.map((l) => l.load), format: 'percent' },
        y: { label: 'rpc p99', format: 'micros', min: 0 },
        series: [
          { label: 'FIFO (priority = none)', values: loads.map((l) => l.fifo.traffic.rpc.latency.p99) },
          { label: 'PRISM (priority = prism)', values: loads.map((l) => l.prism.traffic.rpc.latency.p99) },
          { label: 'trend check: FIFO / 2', values: loads.map((l) => l.fifo.traffic.rpc.latency.p99 / 2), published: true },
        ],
      },
    ];
  },
};
