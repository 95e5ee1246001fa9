// Z-stack (LANMAN'24): zero-copy userspace TCP with polling against the
// kernel stack. examples/zstack.hnet.
import type { PointResult, Results } from '../../../simulator/results';
import { micros, mpps, percent, times, type ResearchSystem } from '../claims';
import { expectsHold, runExample } from '../example-runs';
import { point, sweptValues } from '../harness';

interface Rate {
  offered: number;
  kernel: PointResult;
  zstack: PointResult;
}

interface Zstack {
  runs: Record<string, Results>;
  lowKernel: PointResult;
  lowZstack: PointResult;
  rates: Rate[];
}

export const zstack: ResearchSystem<Zstack> = {
  id: 'zstack',
  title: 'Z-stack: zero-copy userspace TCP with polling',
  paper: '"Z-stack: A High-Performance DPDK-Based Zero-Copy TCP/IP Protocol Stack", LANMAN 2024',
  example: 'zstack.hnet',
  async measure() {
    const runs = await runExample('zstack.hnet');
    const sweep = runs.load_sweep;
    return {
      runs,
      lowKernel: point(runs.low_load, { 'rr.via': 'kernel' }),
      lowZstack: point(runs.low_load, { 'rr.via': 'zstack' }),
      rates: sweptValues(sweep, 'rr.rate').map((offered) => ({
        offered: offered as number,
        kernel: point(sweep, { 'rr.via': 'kernel', 'rr.rate': offered }),
        zstack: point(sweep, { 'rr.via': 'zstack', 'rr.rate': offered }),
      })),
    };
  },
  claims: [
    {
      id: 'at low load the userspace round trip is several times shorter',
      claim: 'Polling, no system calls and zero copy cut latency (no interrupts, wake-ups or copies)',
      target: 'kernel p50 ≥ 3× Z-stack p50 at 50 Kpps',
      evaluate({ lowKernel, lowZstack }) {
        const ratio = lowKernel.traffic.rr.latency.p50 / lowZstack.traffic.rr.latency.p50;
        return { measured: `p50 ${micros(lowKernel.traffic.rr.latency.p50)} (kernel) vs ${micros(lowZstack.traffic.rr.latency.p50)} (Z-stack): ${times(ratio)}`, holds: ratio >= 3 };
      },
    },
    {
      id: 'Z-stack serves more requests per core',
      claim: 'Bypassing the kernel improves throughput',
      target: 'Z-stack\'s peak goodput ≥ 1.3× the kernel\'s, same core and application work',
      evaluate({ rates }) {
        const kernel = Math.max(...rates.map((r) => r.kernel.traffic.rr.pps));
        const user = Math.max(...rates.map((r) => r.zstack.traffic.rr.pps));
        return { measured: `peak ${mpps(kernel)} (kernel) vs ${mpps(user)} (Z-stack): ${times(user / kernel)}`, holds: user / kernel >= 1.3 };
      },
    },
    {
      id: 'no receive livelock with polling',
      claim: 'Polling eliminates receive livelock: past saturation Z-stack keeps its peak while the kernel\'s goodput collapses',
      target: 'at the highest offered load Z-stack keeps ≥ 90% of its peak; the kernel keeps < 70% of its own',
      evaluate({ rates }) {
        const last = rates[rates.length - 1];
        const kernelPeak = Math.max(...rates.map((r) => r.kernel.traffic.rr.pps));
        const userPeak = Math.max(...rates.map((r) => r.zstack.traffic.rr.pps));
        const kernelKept = last.kernel.traffic.rr.pps / kernelPeak;
        const userKept = last.zstack.traffic.rr.pps / userPeak;
        return {
          measured: `at ${mpps(last.offered)} offered: kernel ${percent(kernelKept)} of its peak (socket drops ${last.kernel.traffic.rr.drops.socket}), Z-stack ${percent(userKept)}`,
          holds: userKept >= 0.9 && kernelKept < 0.7,
        };
      },
    },
    expectsHold<Zstack>('zstack.hnet', (m) => m.runs),
  ],
  charts({ rates, lowKernel, lowZstack }) {
    return [
      {
        file: 'zstack-goodput',
        title: 'Request/response goodput on one core',
        caption: 'Delivered requests against offered load; no published numbers were at hand (Z-stack claims higher throughput and no livelock).',
        kind: 'lines',
        x: { label: 'offered requests', values: rates.map((r) => r.offered), format: 'mpps' },
        y: { label: 'served requests', format: 'mpps', min: 0 },
        series: [
          { label: 'kernel TCP', values: rates.map((r) => r.kernel.traffic.rr.pps) },
          { label: 'Z-stack (userspace, zero copy, polling)', values: rates.map((r) => r.zstack.traffic.rr.pps) },
        ],
      },
      {
        file: 'zstack-latency',
        title: 'Round trip at low load (50 Kpps)',
        caption: 'p50 and p99 of the request/response round trip.',
        kind: 'bars',
        x: { label: '', categories: ['p50', 'p99'] },
        y: { label: 'round trip', format: 'micros', min: 0 },
        series: [
          { label: 'kernel TCP', values: [lowKernel.traffic.rr.latency.p50, lowKernel.traffic.rr.latency.p99] },
          { label: 'Z-stack', values: [lowZstack.traffic.rr.latency.p50, lowZstack.traffic.rr.latency.p99] },
        ],
      },
    ];
  },
};
