// Cai et al. (SIGCOMM'21): where a 100 Gbps receiver spends its cycles.
// Trend checks 1–3 of calibration.md; examples/host-100g.hnet.
import type { PointResult, Results } from '../../../simulator/results';
import { between, gbps, monotonic, percent, times, type ResearchSystem } from '../claims';
import { expectsHold, runExample } from '../example-runs';
import { FIXTURES, busyCores, coreUtil, point, scenario, stageShares, throughputPerCore } from '../harness';

interface Cai {
  runs: Record<string, Results>;
  oneCore: PointResult;
  /** The same flow from a simulated client, both ends' CPU measured. */
  bothEnds: PointResult;
  noOpts: PointResult;
  remote: PointResult;
  short: PointResult;
  windows: PointResult[];
  rings: PointResult[];
  /** MTU 9000, 4000 and 1500 with TSO/GRO, a 1 MB window. */
  mtus: { mtu: number; point: PointResult; traffic: string }[];
  clocks: PointResult[];
  scaling: PointResult[];
}

const SWEEPS = new URL('host-100g-sweeps.hnet', FIXTURES);

const perCore = (p: PointResult, traffic: string) => throughputPerCore(p, traffic, 'server');
const missRate = (p: PointResult) => p.hosts?.server?.llcMissRate ?? 0;
const share = (p: PointResult, stages: string[]) => {
  const shares = stageShares(p, 'server');
  return stages.reduce((sum, s) => sum + (shares[s] ?? 0), 0);
};

/** Stage shares grouped as Cai et al. group cycles. */
function categories(p: PointResult, chain: string): { copy: number; protocol: number; netdev: number; rest: number } {
  const copy = share(p, [`${chain}.socket`]);
  const protocol = share(p, [`${chain}.ip`, `${chain}.tcp`]);
  const netdev = share(p, [`${chain}.driver`, `${chain}.gro`]);
  return { copy, protocol, netdev, rest: 1 - copy - protocol - netdev };
}

export const cai: ResearchSystem<Cai> = {
  id: 'cai',
  title: 'Host network stack overheads at 100 Gbps',
  paper: 'Cai, Chaudhary, Vuppalapati, Hwang, Agarwal, "Understanding Host Network Stack Overheads", SIGCOMM\'21',
  example: 'host-100g.hnet',
  async measure() {
    const runs = await runExample('host-100g.hnet');
    const sweeps = async (name: string) => (await scenario(SWEEPS, name)).points;
    return {
      runs,
      oneCore: point(runs.one_core),
      bothEnds: point(await scenario(new URL('sender.hnet', FIXTURES), 'both_ends')),
      noOpts: point(runs.no_optimisations),
      remote: point(runs.numa),
      short: point(runs.short),
      windows: runs.ddio.points,
      rings: await sweeps('rings'),
      mtus: [
        { mtu: 9000, point: (await sweeps('mtu_9000'))[0], traffic: 'flow' },
        { mtu: 4000, point: (await sweeps('mtu_4000'))[0], traffic: 'flow_4000' },
        { mtu: 1500, point: (await sweeps('mtu_1500'))[0], traffic: 'flow_1500' },
      ],
      clocks: await sweeps('clock'),
      scaling: runs.scaling.points,
    };
  },
  claims: [
    {
      id: 'one long flow reaches 35–50 Gbps on one saturated core',
      check: 1,
      claim: 'Kernel stack, one bulk flow, 100G NIC, MTU 9000, TSO/GRO and aRFS: 35–50 Gbps with the receiver core saturated (paper: ≈42 Gbps)',
      target: '35–50 Gbps, receiver core ≥ 95%',
      evaluate({ oneCore }) {
        const t = oneCore.traffic.flow.throughput;
        const util = coreUtil(oneCore, 'server', 0);
        return { measured: `${gbps(t)}, core 0 at ${percent(util)}`, holds: between(t, 35e9, 50e9) && util >= 0.95 };
      },
    },
    {
      id: 'the sender has spare cycles',
      check: 1,
      claim: 'The receiver is the bottleneck: sender CPU stays below receiver CPU',
      target: 'sending core utilisation < receiving core utilisation, receiver ≥ 95%',
      evaluate({ bothEnds }) {
        const sender = busyCores(bothEnds, 'client');
        const receiver = busyCores(bothEnds, 'server');
        return {
          measured: `${gbps(bothEnds.traffic.iperf.throughput)}: sender core ${percent(sender)}, receiver core ${percent(receiver)}`,
          holds: sender < receiver && receiver >= 0.95,
        };
      },
    },
    {
      id: 'the data copy is the largest category, 40–65% of the receiver\'s cycles',
      check: 2,
      claim: 'In the check-1 configuration data copy is the largest receiver category, at 40–65% of cycles (paper: ≈50%)',
      target: 'copy share in 40–65% and above every other category',
      evaluate({ oneCore }) {
        const c = categories(oneCore, 'rx');
        return {
          measured: `copy ${percent(c.copy)}, netdev (driver + GRO) ${percent(c.netdev)}, tcp/ip ${percent(c.protocol)}, rest ${percent(c.rest)}`,
          holds: between(c.copy, 0.4, 0.65) && c.copy > c.netdev && c.copy > c.protocol && c.copy > c.rest,
        };
      },
    },
    {
      id: 'without offloads throughput per core falls at least 3× and per-packet work outweighs the copy',
      check: 2,
      claim: 'With MTU 1500 and no TSO/GRO/aRFS, throughput-per-core falls by at least 3× and tcp/ip plus netdev exceed data copy',
      target: 'per-core ratio ≥ 3; tcp/ip + netdev > copy',
      evaluate({ oneCore, noOpts }) {
        const ratio = perCore(oneCore, 'flow') / perCore(noOpts, 'flow_no_opts');
        const c = categories(noOpts, 'rx_no_arfs');
        return {
          measured: `${gbps(perCore(oneCore, 'flow'))} vs ${gbps(perCore(noOpts, 'flow_no_opts'))} per core (${times(ratio)}); tcp/ip + netdev ${percent(c.protocol + c.netdev)} vs copy ${percent(c.copy)}`,
          holds: ratio >= 3 && c.protocol + c.netdev > c.copy,
        };
      },
    },
    {
      id: 'a NIC-remote NUMA node costs 10–30% per core',
      check: 3,
      claim: 'Moving the application to a NIC-remote NUMA node lowers throughput-per-core by 10–30% (paper: ≈20%)',
      target: 'per-core drop in 10–30%',
      evaluate({ oneCore, remote }) {
        const drop = 1 - perCore(remote, 'flow_remote') / perCore(oneCore, 'flow');
        return { measured: `${gbps(perCore(oneCore, 'flow'))} → ${gbps(perCore(remote, 'flow_remote'))} per core (−${percent(drop)})`, holds: between(drop, 0.1, 0.3) };
      },
    },
    {
      id: 'short flows get 30–55% less throughput per core',
      claim: 'Short vs long flows: throughput-per-core ≈43% lower',
      target: '64 KB flows 30–55% below the long flow, per core',
      evaluate({ oneCore, short }) {
        const drop = 1 - perCore(short, 'short_flows') / perCore(oneCore, 'flow');
        return { measured: `${gbps(perCore(oneCore, 'flow'))} → ${gbps(perCore(short, 'short_flows'))} per core (−${percent(drop)})`, holds: between(drop, 0.3, 0.55) };
      },
    },
    {
      id: 'the single flow misses the LLC about half the time',
      claim: 'Receiver LLC miss rate for a single flow with DDIO ≈49%',
      target: 'miss rate of the copies in 35–65%',
      evaluate({ oneCore }) {
        return { measured: `${percent(missRate(oneCore))} of copied bytes from memory`, holds: between(missRate(oneCore), 0.35, 0.65) };
      },
    },
    {
      id: 'larger TCP buffers: more LLC misses, less throughput per core',
      check: 3,
      claim: 'Increasing the TCP buffer beyond what DDIO\'s LLC share holds raises the LLC miss rate and lowers throughput-per-core, monotonically',
      target: 'miss rate non-decreasing and throughput per core non-increasing over the window sweep, and a real change end to end',
      evaluate({ windows }) {
        const misses = windows.map(missRate);
        const rates = windows.map((p) => perCore(p, 'flow'));
        return {
          measured: windows.map((p, i) => `${(p.params['flow.window'] as number) / 1e6} MB: miss ${percent(misses[i])}, ${gbps(rates[i])}`).join('; '),
          holds: monotonic(misses, 1) && monotonic(rates, -1) && misses[misses.length - 1] > misses[0] + 0.2 && rates[rates.length - 1] < rates[0] * 0.9,
        };
      },
    },
    {
      id: 'larger RX rings: more LLC misses, less throughput per core',
      check: 3,
      claim: 'Increasing the RX ring beyond what DDIO\'s LLC share holds raises the LLC miss rate and lowers throughput-per-core, monotonically',
      target: 'miss rate non-decreasing and throughput per core non-increasing over the ring sweep (overloaded receiver), and a real change end to end',
      evaluate({ rings }) {
        const misses = rings.map(missRate);
        const rates = rings.map((p) => perCore(p, 'flood'));
        return {
          measured: rings.map((p, i) => `${p.params['server.eth0.ring']}: miss ${percent(misses[i])}, ${gbps(rates[i])}`).join('; '),
          holds: monotonic(misses, 1) && monotonic(rates, -1) && misses[misses.length - 1] > misses[0] + 0.2 && rates[rates.length - 1] < rates[0] * 0.95,
        };
      },
    },
    {
      id: 'the copy share falls with smaller frames',
      claim: 'Sanity: with TSO/GRO the per-byte copy matters less as frames shrink and per-packet work grows',
      target: 'copy share at MTU 9000 > 4000 > 1500, throughput per core likewise',
      evaluate({ mtus }) {
        const shares = mtus.map((m) => categories(m.point, 'rx').copy);
        const rates = mtus.map((m) => perCore(m.point, m.traffic));
        return {
          measured: mtus.map((m, i) => `MTU ${m.mtu}: copy ${percent(shares[i])}, ${gbps(rates[i])}`).join('; '),
          holds: monotonic(shares, -1) && monotonic(rates, -1) && shares[0] > shares[2],
        };
      },
    },
    {
      id: 'throughput per core scales with the clock',
      claim: 'Sanity: a CPU-bound receiver goes as fast as its clock',
      target: 'throughput ∝ frequency within 10% (2, 3 and 4 GHz)',
      evaluate({ clocks }) {
        const base = clocks.find((p) => p.params['server.cpu.freq'] === 3e9)!;
        const ratios = clocks.map((p) => p.traffic.flow.throughput / base.traffic.flow.throughput / ((p.params['server.cpu.freq'] as number) / 3e9));
        return {
          measured: clocks.map((p, i) => `${(p.params['server.cpu.freq'] as number) / 1e9} GHz: ${gbps(p.traffic.flow.throughput)} (${times(ratios[i])} of proportional)`).join('; '),
          holds: ratios.every((r) => between(r, 0.9, 1.1)),
        };
      },
    },
    {
      id: 'flows over cores scale until the wire is full',
      claim: 'Sanity: RSS spreads flows over cores; aggregate throughput grows until 100 Gbps',
      target: 'throughput non-decreasing with flows, never above line rate, 8 flows ≥ 90 Gbps',
      evaluate({ scaling }) {
        const t = scaling.map((p) => p.traffic.flows.throughput);
        return {
          measured: scaling.map((p, i) => `${p.params['flows.flows']} flows: ${gbps(t[i])} on ${busyCores(p, 'server').toFixed(1)} cores`).join('; '),
          holds: t.every((x) => x <= 100e9) && t[t.length - 1] >= 90e9 && t[t.length - 1] >= t[0],
        };
      },
    },
    expectsHold<Cai>('host-100g.hnet', (m) => m.runs),
  ],
  charts({ oneCore, noOpts, remote, short, windows, rings, mtus }) {
    const c = categories(oneCore, 'rx');
    const n = categories(noOpts, 'rx_no_arfs');
    return [
      {
        file: 'cai-breakdown',
        title: 'Receiver CPU breakdown',
        caption: 'Share of receiver cycles; published: all optimisations ≈50% copy (Fig. 3, recalled), no-opts artifact sample (sender or receiver not stated).',
        kind: 'bars',
        x: { label: '', categories: ['data copy', 'tcp/ip', 'netdev', 'other'] },
        y: { label: 'share of cycles', format: 'percent', min: 0 },
        series: [
          { label: 'hostnet, all optimisations', values: [c.copy, c.protocol, c.netdev, c.rest] },
          { label: 'published, all optimisations', values: [0.5, null, null, null], published: true },
          { label: 'hostnet, no optimisations', values: [n.copy, n.protocol, n.netdev, n.rest] },
          { label: 'published, no optimisations', values: [0.046, 0.372, 0.161, 0.421], published: true },
        ],
      },
      {
        file: 'cai-throughput',
        title: 'Throughput per receiver core',
        caption: 'Published (secondary notes on Cai et al.): ≈42 Gbps per core with every optimisation, short flows ≈43% lower, a NIC-remote node ≈20% lower.',
        kind: 'bars',
        x: { label: '', categories: ['all optimisations', 'short flows (64 KB)', 'NIC-remote NUMA', 'MTU 1500 + TSO/GRO', 'no optimisations'] },
        y: { label: 'throughput per core', format: 'gbps', min: 0 },
        series: [
          {
            label: 'hostnet',
            values: [perCore(oneCore, 'flow'), perCore(short, 'short_flows'), perCore(remote, 'flow_remote'), perCore(mtus[2].point, mtus[2].traffic), perCore(noOpts, 'flow_no_opts')],
          },
          { label: 'published (≈42 Gbps; −43%; −20%)', values: [42e9, 42e9 * 0.57, 42e9 * 0.8, null, null], published: true },
        ],
      },
      {
        file: 'cai-ddio',
        title: 'TCP window against DDIO\'s 3.5 MB',
        caption: 'LLC miss rate of the copies, and throughput per core relative to the smallest window; published: ≈49% misses for a single flow.',
        kind: 'lines',
        x: { label: 'TCP window', values: windows.map((p) => p.params['flow.window'] as number), format: 'bytes' },
        y: { label: 'fraction', format: 'percent', min: 0 },
        series: [
          { label: 'LLC miss rate', values: windows.map(missRate) },
          { label: 'throughput per core (relative)', values: windows.map((p) => perCore(p, 'flow') / perCore(windows[0], 'flow')) },
          { label: 'published: ≈49% misses', values: windows.map(() => 0.49), published: true },
        ],
      },
      {
        file: 'cai-rings',
        title: 'RX ring size on an overloaded receiver',
        caption: 'LLC miss rate and throughput per core (relative to the smallest ring).',
        kind: 'lines',
        x: { label: 'RX descriptors', values: rings.map((p) => p.params['server.eth0.ring'] as number), format: 'number' },
        y: { label: 'fraction', format: 'percent', min: 0 },
        series: [
          { label: 'LLC miss rate', values: rings.map(missRate) },
          { label: 'throughput per core (relative)', values: rings.map((p) => perCore(p, 'flood') / perCore(rings[0], 'flood')) },
        ],
      },
    ];
  },
};
