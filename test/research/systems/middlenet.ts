// MiddleNet (NetSoft'22): L2/L3 NFs on DPDK and L4/L7 middleboxes on eBPF +
// shared memory, with SR-IOV choosing the path per flow. examples/middlenet.hnet.
import type { PointResult, Results } from '../../../simulator/results';
import { gbps, percent, times, type ResearchSystem } from '../claims';
import { expectsHold, runExample } from '../example-runs';
import { busyCores, coreUtil, point } from '../harness';

interface MiddleNet {
  runs: Record<string, Results>;
  quiet: PointResult;
  busy: PointResult;
  lineRate: PointResult;
  zeroCopy: PointResult;
  sockets: PointResult;
}

/** The L4/L7 chain's cores and the L2/L3 chain's. */
const L4L7_CORES = [2, 3];
const L2L3_CORES = [0, 1];

const sumUtil = (p: PointResult, cores: number[]) => cores.reduce((sum, c) => sum + coreUtil(p, 'server', c), 0);

export const middlenet: ResearchSystem<MiddleNet> = {
  id: 'middlenet',
  title: 'MiddleNet: DPDK NFs and eBPF + shared-memory middleboxes',
  paper: 'Qi, Zeng, Monis, Ramakrishnan, "MiddleNet: A Unified, High-Performance NFV and Middlebox Framework with eBPF and DPDK", NetSoft\'22',
  example: 'middlenet.hnet',
  async measure() {
    const runs = await runExample('middlenet.hnet');
    return {
      runs,
      quiet: point(runs.quiet),
      busy: point(runs.busy),
      lineRate: point(runs.line_rate),
      zeroCopy: point(runs.copies, { 'http.via': 'l4l7' }),
      sockets: point(runs.copies, { 'http.via': 'l4l7_sockets' }),
    };
  },
  claims: [
    {
      id: 'L2/L3 on DPDK forwards near line rate',
      claim: 'DPDK\'s zero-copy delivery without interrupts gives "bump-in-the-wire" L2/L3 performance near line rate',
      target: '≥ 90 Gbps of 1518 B frames forwarded, loss < 0.1%',
      evaluate({ lineRate }) {
        const t = lineRate.traffic.nfv_full;
        return { measured: `${gbps(t.throughput)} forwarded, loss ${percent(t.loss)}`, holds: t.throughput >= 90e9 && t.loss < 0.001 };
      },
    },
    {
      id: 'L4/L7 CPU follows the load; DPDK cores spin regardless',
      claim: 'The overheads of the eBPF + shared-memory path are strictly load-proportional, without the dedicated polling cores of DPDK',
      target: 'L4/L7 cores use ≥ 5× more CPU at 10× the load, and < 20% of a core when quiet; the DPDK cores stay ≥ 99% busy when quiet',
      evaluate({ quiet, busy }) {
        const low = sumUtil(quiet, L4L7_CORES);
        const high = sumUtil(busy, L4L7_CORES);
        const polling = sumUtil(quiet, L2L3_CORES) / L2L3_CORES.length;
        return {
          measured: `L4/L7 cores ${percent(low)} of a core at 20 Kpps, ${percent(high)} at 200 Kpps (${times(high / low)}); DPDK cores ${percent(polling)} busy when quiet`,
          holds: high / low >= 5 && low < 0.2 && polling >= 0.99,
        };
      },
    },
    {
      id: 'SR-IOV: both paths share one NIC, each flow on its own',
      claim: 'SR-IOV selects the L2–L7 path per flow on one NIC',
      target: 'L2/L3 and L4/L7 traffic on eth0 at once, both loss-free',
      evaluate({ busy }) {
        const { nfv, http } = busy.traffic;
        return { measured: `nfv loss ${percent(nfv.loss)}, http loss ${percent(http.loss)}`, holds: nfv.loss < 0.001 && http.loss < 0.01 && nfv.delivered > 0 && http.delivered > 0 };
      },
    },
    {
      id: 'shared memory between functions saves CPU',
      claim: 'Shared memory between the functions of a chain avoids copies and duplicate protocol processing',
      target: 'zero-copy chain uses ≤ 80% of the CPU of the socket chain per request, at no higher p99',
      evaluate({ zeroCopy, sockets }) {
        const cpu = busyCores(zeroCopy, 'server') - L2L3_CORES.length;
        const cpuSockets = busyCores(sockets, 'server') - L2L3_CORES.length;
        return {
          measured: `${percent(cpu)} vs ${percent(cpuSockets)} of a core at 200 Kpps (${times(cpu / cpuSockets)}); p99 ${(zeroCopy.traffic.http.latency.p99 * 1e6).toFixed(1)} vs ${(sockets.traffic.http.latency.p99 * 1e6).toFixed(1)} µs`,
          holds: cpu / cpuSockets <= 0.8 && zeroCopy.traffic.http.latency.p99 <= sockets.traffic.http.latency.p99,
        };
      },
    },
    expectsHold<MiddleNet>('middlenet.hnet', (m) => m.runs),
  ],
  charts({ quiet, busy, zeroCopy, sockets }) {
    return [
      {
        file: 'middlenet-cpu',
        title: 'CPU use at low and high load',
        caption: 'Busy cores of each path; no published numbers were at hand (the claim: L4/L7 overhead is load-proportional, DPDK cores spin).',
        kind: 'bars',
        x: { label: '', categories: ['quiet (1 Mpps NFV, 20 Kpps HTTP)', 'busy (5 Mpps NFV, 200 Kpps HTTP)'] },
        y: { label: 'busy cores', format: 'number', min: 0 },
        series: [
          { label: 'L2/L3 on DPDK (cores 0–1)', values: [sumUtil(quiet, L2L3_CORES), sumUtil(busy, L2L3_CORES)] },
          { label: 'L4/L7 on eBPF + shm (cores 2–3)', values: [sumUtil(quiet, L4L7_CORES), sumUtil(busy, L4L7_CORES)] },
        ],
      },
      {
        file: 'middlenet-shm',
        title: 'Linking two L4/L7 functions: shared memory vs sockets',
        caption: 'CPU per 200 Kpps of HTTP-like requests through a proxy and a cache.',
        kind: 'bars',
        x: { label: '', categories: ['eBPF + shared memory', 'kernel sockets'] },
        y: { label: 'busy cores', format: 'number', min: 0 },
        series: [{ label: 'hostnet', values: [busyCores(zeroCopy, 'server') - 2, busyCores(sockets, 'server') - 2] }],
      },
    ];
  },
};
