// FALCON (EuroSys'21): softirq pipelining of an overlay flow over cores.
// Trend check 6 of calibration.md; examples/falcon.hnet.
import type { PointResult, Results } from '../../../simulator/results';
import { between, change, gbps, micros, percent, times, type ResearchSystem } from '../claims';
import { expectsHold, runExample } from '../example-runs';
import { busyCores, point } from '../harness';

interface Falcon {
  runs: Record<string, Results>;
  native: PointResult;
  overlay: PointResult;
  pipelined: PointResult;
  cacheFifo: PointResult;
  cacheFalcon: PointResult;
  saturatedFifo: PointResult;
  saturatedFalcon: PointResult;
}

const mode = (pipelining: string) => ({ 'overlay.pipelining': pipelining });
const cacheMode = (pipelining: string) => ({ 'cache_overlay.pipelining': pipelining });

export const falcon: ResearchSystem<Falcon> = {
  id: 'falcon',
  title: 'FALCON: pipelining overlay softirqs',
  paper: 'Lei, Munikar, Suo, Lu, Rao, "Parallelizing Packet Processing in Container Overlay Networks", EuroSys\'21',
  example: 'falcon.hnet',
  async measure() {
    const runs = await runExample('falcon.hnet');
    return {
      runs,
      native: point(runs.single_flow_native),
      overlay: point(runs.single_flow, mode('none')),
      pipelined: point(runs.single_flow, mode('falcon')),
      cacheFifo: point(runs.data_caching, cacheMode('none')),
      cacheFalcon: point(runs.data_caching, cacheMode('falcon')),
      saturatedFifo: point(runs.saturated, cacheMode('none')),
      saturatedFalcon: point(runs.saturated, cacheMode('falcon')),
    };
  },
  claims: [
    {
      id: 'one flow: FALCON gains at least 1.5× and reaches 0.9–1.2× native',
      check: 6,
      claim: 'Spreading the per-device softirqs of one flow over 2–4 extra cores raises single-flow overlay throughput by at least 1.5×, reaching 0.9–1.2× native',
      target: 'gain ≥ 1.5×, FALCON / native in 0.9–1.2',
      evaluate({ native, overlay, pipelined }) {
        const gain = pipelined.traffic.iperf.throughput / overlay.traffic.iperf.throughput;
        const ofNative = pipelined.traffic.iperf.throughput / native.traffic.iperf_native.throughput;
        return {
          measured: `overlay ${gbps(overlay.traffic.iperf.throughput)}, FALCON ${gbps(pipelined.traffic.iperf.throughput)} (${times(gain)}), native ${gbps(native.traffic.iperf_native.throughput)} (FALCON = ${times(ofNative)} native)`,
          holds: gain >= 1.5 && between(ofNative, 0.9, 1.2),
        };
      },
    },
    {
      id: 'one flow: FALCON uses the extra cores',
      claim: 'FALCON pipelines the softirqs of one flow on multiple cores',
      target: 'softirq work of the flow on at least 2 more cores than without FALCON',
      evaluate({ overlay, pipelined }) {
        const softirqCores = (p: PointResult) => p.cores.filter((c) => (c.byContext.softirq ?? 0) > 0.05).length;
        return {
          measured: `${softirqCores(overlay)} core(s) run softirqs without FALCON, ${softirqCores(pipelined)} with it (${busyCores(pipelined, 'server').toFixed(1)} busy cores)`,
          holds: softirqCores(pipelined) >= softirqCores(overlay) + 2,
        };
      },
    },
    {
      id: 'data caching: p99 falls 30–60%',
      check: 6,
      claim: 'For a CPU-bound multi-flow data-caching workload, p99 latency falls by 30–60% (paper: −53%)',
      target: 'p99 change in −60%…−30%',
      evaluate({ cacheFifo, cacheFalcon }) {
        const before = cacheFifo.traffic.cache.latency.p99;
        const after = cacheFalcon.traffic.cache.latency.p99;
        return { measured: `p99 ${micros(before)} → ${micros(after)} (${change(after, before)})`, holds: between(after / before, 0.4, 0.7) };
      },
    },
    {
      id: 'saturation: FALCON disengages, gain below 10%',
      check: 6,
      claim: 'When average core load is at or above 80%, FALCON disengages, giving less than 10% gain at saturation',
      target: 'average load ≥ 80%; throughput and p99 within 10%',
      evaluate({ saturatedFifo, saturatedFalcon }) {
        const load = busyCores(saturatedFifo, 'server') / 4;
        const gain = saturatedFalcon.traffic.cache.pps / saturatedFifo.traffic.cache.pps;
        const p99 = saturatedFalcon.traffic.cache.latency.p99 / saturatedFifo.traffic.cache.latency.p99;
        return {
          measured: `average load ${percent(load)}; throughput ${change(gain, 1)}, p99 ${change(p99, 1)} with FALCON`,
          holds: load >= 0.8 && Math.abs(gain - 1) < 0.1 && Math.abs(p99 - 1) < 0.1,
        };
      },
    },
    expectsHold<Falcon>('falcon.hnet', (m) => m.runs),
  ],
  charts({ native, overlay, pipelined, cacheFifo, cacheFalcon }) {
    return [
      {
        file: 'falcon-single-flow',
        title: 'One TCP flow through a VXLAN overlay',
        caption: 'Throughput of one flow; the published bars are mFlow\'s (IPDPS\'23, same group): vanilla overlay derived as 29.8 / 1.81.',
        kind: 'bars',
        x: { label: '', categories: ['native', 'overlay', 'overlay + pipelining'] },
        y: { label: 'throughput', format: 'gbps', min: 0 },
        series: [
          { label: 'hostnet', values: [native.traffic.iperf_native.throughput, overlay.traffic.iperf.throughput, pipelined.traffic.iperf.throughput] },
          { label: 'published (mFlow)', values: [26.6e9, 16.5e9, 29.8e9], published: true },
        ],
      },
      {
        file: 'falcon-data-caching',
        title: 'Data caching over the overlay: p99 latency',
        caption: 'p99 relative to the overlay without FALCON; the paper reports −53%.',
        kind: 'bars',
        x: { label: '', categories: ['without FALCON', 'with FALCON'] },
        y: { label: 'p99 (relative)', format: 'number', min: 0 },
        series: [
          { label: 'hostnet', values: [1, cacheFalcon.traffic.cache.latency.p99 / cacheFifo.traffic.cache.latency.p99] },
          { label: 'published (FALCON)', values: [1, 0.47], published: true },
        ],
      },
    ];
  },
};
