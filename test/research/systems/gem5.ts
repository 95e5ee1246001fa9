// Userspace networking in gem5 (ISPASS'24): DPDK forwarding against the
// kernel stack on one core. Trend check 8; examples/gem5-dpdk.hnet.
import type { PointResult, Results } from '../../../simulator/results';
import { between, gbps, micros, mpps, times, type ResearchSystem } from '../claims';
import { expectsHold, runExample } from '../example-runs';
import { FIXTURES, point, scenario } from '../harness';

interface Gem5 {
  runs: Record<string, Results>;
  /** Forwarding at each offered rate (1514 B). */
  forwarding: PointResult[];
  kernelPerPacket: PointResult;
  kernelGro: PointResult;
  onePort: PointResult;
  twoPorts: PointResult;
}

const PAPER_RATIO = 6.3;

export const gem5: ResearchSystem<Gem5> = {
  id: 'gem5',
  title: 'Userspace networking in gem5: DPDK vs the kernel',
  paper: '"Userspace Networking in gem5", ISPASS 2024',
  example: 'gem5-dpdk.hnet',
  async measure() {
    const runs = await runExample('gem5-dpdk.hnet');
    const onePort = await scenario(new URL('gem5-one-port.hnet', FIXTURES), 'one_port');
    return {
      runs,
      forwarding: runs.dpdk_forwarding.points,
      kernelPerPacket: point(runs.kernel_iperf, { 'node.eth2.offloads': '[checksum]' }),
      kernelGro: point(runs.kernel_iperf, { 'node.eth2.offloads': '[checksum, gro]' }),
      onePort: point(onePort),
      twoPorts: point(runs.ports),
    };
  },
  claims: [
    {
      id: 'DPDK forwarding bandwidth is 4–9× the kernel\'s on one core',
      check: 8,
      claim: 'On one core with the same NIC model, DPDK forwarding bandwidth / kernel iperf bandwidth falls in 4–9× (paper: 6.3×)',
      target: '4× ≤ ratio ≤ 9×',
      evaluate({ forwarding, kernelPerPacket }) {
        const dpdk = Math.max(...forwarding.filter((p) => p.traffic.fwd.loss < 0.001).map((p) => p.traffic.fwd.throughput));
        const ratio = dpdk / kernelPerPacket.traffic.iperf.throughput;
        return { measured: `DPDK ${gbps(dpdk)} without loss, kernel ${gbps(kernelPerPacket.traffic.iperf.throughput)}: ${times(ratio)}`, holds: between(ratio, 4, 9) };
      },
    },
    {
      id: 'DPDK forwarding grows linearly with cores and ports',
      check: 8,
      claim: 'DPDK bandwidth grows roughly linearly with cores and NIC ports',
      target: 'two ports on two cores forward 1.8–2.2× one port on one core (64 B, CPU-bound)',
      evaluate({ onePort, twoPorts }) {
        const one = onePort.traffic.fwd_port0.pps;
        const two = twoPorts.traffic.fwd_port0.pps + twoPorts.traffic.fwd_port1.pps;
        return { measured: `${mpps(one)} on one port, ${mpps(two)} on two (${times(two / one)})`, holds: between(two / one, 1.8, 2.2) };
      },
    },
    {
      id: 'the load generator measures per-packet latency below capacity',
      claim: 'A hardware-like load generator timestamps every forwarded packet without loss',
      target: 'no loss and p99 under 10 µs at every rate up to line rate',
      evaluate({ forwarding }) {
        const worst = Math.max(...forwarding.map((p) => p.traffic.fwd.latency.p99));
        const lossless = forwarding.every((p) => p.traffic.fwd.loss === 0);
        return { measured: `worst p99 ${micros(worst)}, ${lossless ? 'no' : 'some'} loss`, holds: lossless && worst < 10e-6 };
      },
    },
    {
      id: 'GRO narrows the gap',
      claim: 'The kernel\'s bandwidth depends on per-packet work: GRO, which the IGbE-like setup lacks, lifts it',
      target: 'kernel with GRO ≥ 2× kernel without',
      evaluate({ kernelPerPacket, kernelGro }) {
        const ratio = kernelGro.traffic.iperf.throughput / kernelPerPacket.traffic.iperf.throughput;
        return { measured: `${gbps(kernelPerPacket.traffic.iperf.throughput)} → ${gbps(kernelGro.traffic.iperf.throughput)} (${times(ratio)})`, holds: ratio >= 2 };
      },
    },
    expectsHold<Gem5>('gem5-dpdk.hnet', (m) => m.runs),
  ],
  charts({ forwarding, kernelPerPacket, kernelGro }) {
    const dpdk = Math.max(...forwarding.map((p) => p.traffic.fwd.throughput));
    return [
      {
        file: 'gem5-bandwidth',
        title: 'Bandwidth on one core: DPDK vs the kernel',
        caption: 'Relative to the kernel stack on the IGbE-like NIC; the paper reports 6.3× for DPDK.',
        kind: 'bars',
        x: { label: '', categories: ['kernel (no GRO)', 'kernel + GRO', 'DPDK testpmd'] },
        y: { label: 'bandwidth / kernel', format: 'times', min: 0 },
        series: [
          {
            label: 'hostnet',
            values: [1, kernelGro.traffic.iperf.throughput / kernelPerPacket.traffic.iperf.throughput, dpdk / kernelPerPacket.traffic.iperf.throughput],
          },
          { label: 'published (gem5, ISPASS\'24)', values: [1, null, PAPER_RATIO], published: true },
        ],
      },
      {
        file: 'gem5-forwarding',
        title: 'testpmd forwarding of 1514 B frames on one core',
        caption: 'Delivered against offered load, from the load generator\'s 24 Gbps probe point to line rate.',
        kind: 'lines',
        x: { label: 'offered', values: forwarding.map((p) => p.params['fwd.rate'] as number), format: 'gbps' },
        y: { label: 'forwarded', format: 'gbps', min: 0 },
        series: [{ label: 'hostnet', values: forwarding.map((p) => p.traffic.fwd.throughput) }],
      },
    ];
  },
};
