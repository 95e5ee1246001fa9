// Beyond the calibrated fixtures: the mechanisms the research examples rely
// on, under other loads, core counts, frame sizes and clocks. Nothing in
// fixtures/generality.hnet was tuned; each claim asks only what any Linux
// host would show (issue: "the same mechanisms must give sensible results
// for other core counts, frequencies, packet sizes and loads").
import type { PointResult } from '../../../simulator/results';
import { between, gbps, micros, monotonic, mpps, times, type ResearchSystem } from '../claims';
import { FIXTURES, coreUtil, scenario } from '../harness';

interface Generality {
  /** Open-loop requests on one core, by offered rate. */
  load: { offered: number; point: PointResult }[];
  /** Window-limited TCP flows over 1, 2 and 4 RX queues (one core each). */
  cores: { queues: number; point: PointResult }[];
  /** 75 Gbps of UDP over 8 queues, by frame size. */
  sizes: { bytes: number; point: PointResult }[];
  /** One overlay TCP flow, by core clock. */
  clock: { ghz: number; point: PointResult }[];
}

const GENERALITY = new URL('generality.hnet', FIXTURES);
const LINE_RATE = 100e9;

const swept = async (name: string, param: string) =>
  (await scenario(GENERALITY, name)).points.map((point) => ({ value: point.params[param] as number, point }));

export const generality: ResearchSystem<Generality> = {
  id: 'generality',
  title: 'Beyond the fixtures: other loads, cores, frame sizes and clocks',
  paper: 'no paper: what any Linux host shows, asked of the same mechanisms the reproductions use',
  example: 'falcon.hnet',
  async measure() {
    return {
      load: (await swept('load', 'requests.rate')).map(({ value, point }) => ({ offered: value, point })),
      cores: (await swept('cores', 'server.eth0.queues')).map(({ value, point }) => ({ queues: value, point })),
      sizes: (await swept('sizes', 'frames.size')).map(({ value, point }) => ({ bytes: value, point })),
      clock: (await swept('clock', 'server.cpu.freq')).map(({ value, point }) => ({ ghz: value / 1e9, point })),
    };
  },
  claims: [
    {
      id: 'below capacity a core delivers all it is offered, and latency grows with load',
      claim: 'Open-loop requests on one core: below saturation nothing is lost; the p99 latency never falls as the load rises',
      target: 'no drops while the core is below 90% busy; p99 non-decreasing over the sweep (1% slack)',
      evaluate({ load }) {
        const below = load.filter(({ point }) => coreUtil(point, 'server', 0) < 0.9);
        const lossless = below.every(({ point }) => point.traffic.requests.delivered === point.traffic.requests.offered);
        const p99 = load.map(({ point }) => point.traffic.requests.latency.p99);
        return {
          measured: load.map(({ offered, point }) => `${mpps(offered)}: p99 ${micros(point.traffic.requests.latency.p99)}`).join('; ') +
            ` (${below.length} points below 90% busy, ${lossless ? 'none lost' : 'some lost'})`,
          holds: below.length >= 3 && lossless && monotonic(p99, 1),
        };
      },
    },
    {
      id: 'past capacity throughput stops growing and packets drop',
      claim: 'Offered more than one core can take, the core saturates, packets drop and throughput stays near the core\'s capacity',
      target: 'at the highest load: core ≥ 99% busy, drops > 0, throughput ≤ 1.25 × the highest lossless throughput',
      evaluate({ load }) {
        const top = load[load.length - 1].point;
        const lossless = load.filter(({ point }) => point.traffic.requests.delivered === point.traffic.requests.offered);
        const best = Math.max(...lossless.map(({ point }) => point.traffic.requests.pps));
        const drops = top.traffic.requests.offered - top.traffic.requests.delivered;
        const util = coreUtil(top, 'server', 0);
        return {
          measured: `${mpps(top.traffic.requests.pps)} delivered of ${mpps(load[load.length - 1].offered)} offered, ${drops} dropped, core ${(util * 100).toFixed(0)}% (best lossless ${mpps(best)})`,
          holds: util >= 0.99 && drops > 0 && top.traffic.requests.pps <= 1.25 * best,
        };
      },
    },
    {
      id: 'TCP receive scales with RX queues until the line rate',
      claim: 'Window-limited TCP flows spread by RSS: each added queue (and core) adds a core\'s worth of throughput until the 100 Gbps wire is full',
      target: 'n queues ≥ 0.9 × min(n × one queue, 95 Gbps offered) and ≤ the line rate',
      evaluate({ cores }) {
        const one = cores.find((c) => c.queues === 1)!.point.traffic.many_flows.throughput;
        const ok = cores.every(({ queues, point }) => {
          const bps = point.traffic.many_flows.throughput;
          return bps >= 0.9 * Math.min(queues * one, 95e9) && bps <= LINE_RATE;
        });
        return { measured: cores.map(({ queues, point }) => `${queues} queue(s): ${gbps(point.traffic.many_flows.throughput)}`).join('; '), holds: ok };
      },
    },
    {
      id: 'larger frames carry more bits per fixed per-packet cost',
      claim: 'UDP at 75 Gbps offered over 8 cores: throughput rises with the frame size (per-packet costs dominate) until all that is offered gets through',
      target: 'throughput non-decreasing with frame size; ≥ 90% of the offered 75 Gbps at 1518 B; the packet rate never above the wire\'s for that size',
      evaluate({ sizes }) {
        const bps = sizes.map(({ point }) => point.traffic.frames.throughput);
        const wireOk = sizes.every(({ bytes, point }) => point.traffic.frames.pps <= LINE_RATE / (8 * (bytes + 20)));
        return {
          measured: sizes.map(({ bytes, point }) => `${bytes} B: ${gbps(point.traffic.frames.throughput)}`).join('; '),
          holds: monotonic(bps, 1) && bps[bps.length - 1] >= 0.9 * 75e9 && wireOk,
        };
      },
    },
    {
      id: 'a CPU-bound overlay flow scales with the clock',
      claim: 'One overlay TCP flow, bound by its softirq core: throughput proportional to the core clock',
      target: '4 GHz / 2 GHz throughput in 1.8–2.1×',
      evaluate({ clock }) {
        const at = (ghz: number) => clock.find((c) => c.ghz === ghz)!.point.traffic.iperf.throughput;
        const ratio = at(4) / at(2);
        return { measured: clock.map(({ ghz, point }) => `${ghz} GHz: ${gbps(point.traffic.iperf.throughput)}`).join('; ') + ` (${times(ratio)})`, holds: between(ratio, 1.8, 2.1) };
      },
    },
  ],
  charts({ load, cores }) {
    return [
      {
        file: 'generality-load',
        title: 'p99 latency of open-loop requests on one core, by offered load',
        caption: 'No paper figure: drops begin at the last point, past the core\'s capacity.',
        kind: 'lines',
        x: { label: 'offered load', values: load.map(({ offered }) => offered), format: 'mpps' },
        y: { label: 'p99 latency', format: 'micros', min: 0 },
        series: [{ label: 'hostnet', values: load.map(({ point }) => point.traffic.requests.latency.p99) }],
      },
      {
        file: 'generality-cores',
        title: 'TCP receive throughput by RX queues (one core each)',
        caption: 'No paper figure: linear until the 95 Gbps offered fills the wire.',
        kind: 'lines',
        x: { label: 'queues', values: cores.map(({ queues }) => queues), format: 'number' },
        y: { label: 'throughput', format: 'gbps', min: 0 },
        series: [{ label: 'hostnet', values: cores.map(({ point }) => point.traffic.many_flows.throughput) }],
      },
    ];
  },
};
