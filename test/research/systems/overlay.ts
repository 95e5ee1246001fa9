// What a container overlay (VXLAN → bridge → veth) costs: single-flow TCP,
// small-packet UDP and a memcached-like service. Trend check 5 (mFlow's
// derivation and Slim, NSDI'19); examples/falcon.hnet and a fixture.
import type { PointResult } from '../../../simulator/results';
import { between, gbps, mpps, percent, times, type ResearchSystem } from '../claims';
import { EXAMPLES, FIXTURES, coreUtil, point, scenario } from '../harness';

interface Overlay {
  tcpNative: PointResult;
  tcpOverlay: PointResult;
  udpNative: PointResult;
  udpOverlay: PointResult;
  kvNative: PointResult;
  kvOverlay: PointResult;
}

const FALCON = new URL('falcon.hnet', EXAMPLES);
const OVERLAY = new URL('overlay.hnet', FIXTURES);

export const overlay: ResearchSystem<Overlay> = {
  id: 'overlay',
  title: 'The cost of a container overlay',
  paper: 'mFlow (IPDPS\'23) and Slim (NSDI\'19), as derived in calibration.md',
  example: 'falcon.hnet',
  async measure() {
    const udp = await scenario(OVERLAY, 'udp_rate');
    const kv = await scenario(OVERLAY, 'kv_rate');
    return {
      tcpNative: point(await scenario(FALCON, 'single_flow_native')),
      tcpOverlay: point(await scenario(FALCON, 'single_flow'), { 'overlay.pipelining': 'none' }),
      udpNative: point(udp, { 'udp.via': 'native_udp' }),
      udpOverlay: point(udp, { 'udp.via': 'overlay_udp' }),
      kvNative: point(kv, { 'kv.via': 'native_kv' }),
      kvOverlay: point(kv, { 'kv.via': 'overlay_kv' }),
    };
  },
  claims: [
    {
      id: 'the overlay cuts single-flow TCP by 25–50% on one serialised core',
      check: 5,
      claim: 'Inserting VXLAN → bridge → veth cuts single-flow TCP throughput on a fixed core budget by 25–50%, with the culprit softirqs serialised on one core (derived: −38%)',
      target: 'drop in 25–50%; the softirq core ≥ 95% busy',
      evaluate({ tcpNative, tcpOverlay }) {
        const drop = 1 - tcpOverlay.traffic.iperf.throughput / tcpNative.traffic.iperf_native.throughput;
        const util = coreUtil(tcpOverlay, 'server', 0);
        return {
          measured: `${gbps(tcpNative.traffic.iperf_native.throughput)} → ${gbps(tcpOverlay.traffic.iperf.throughput)} (−${percent(drop)}), softirq core ${percent(util)}`,
          holds: between(drop, 0.25, 0.5) && util >= 0.95,
        };
      },
    },
    {
      id: 'small-packet UDP loses at least as much as TCP',
      check: 5,
      claim: 'For small-packet UDP, the packet-rate drop is at least as large as the TCP drop',
      target: 'UDP drop ≥ TCP drop',
      evaluate({ tcpNative, tcpOverlay, udpNative, udpOverlay }) {
        const tcp = 1 - tcpOverlay.traffic.iperf.throughput / tcpNative.traffic.iperf_native.throughput;
        const udp = 1 - udpOverlay.traffic.udp.pps / udpNative.traffic.udp.pps;
        return { measured: `UDP ${mpps(udpNative.traffic.udp.pps)} → ${mpps(udpOverlay.traffic.udp.pps)} (−${percent(udp)}), TCP −${percent(tcp)}`, holds: udp >= tcp };
      },
    },
    {
      id: 'without the overlay a memcached-like service serves 1.4–1.9× more',
      check: 5,
      claim: 'Removing the overlay gives memcached-like request/response workloads 1.4–1.9× throughput (Slim: +66%)',
      target: 'native / overlay requests per second in 1.4–1.9',
      evaluate({ kvNative, kvOverlay }) {
        const ratio = kvNative.traffic.kv.pps / kvOverlay.traffic.kv.pps;
        return { measured: `${mpps(kvNative.traffic.kv.pps)} native vs ${mpps(kvOverlay.traffic.kv.pps)} overlay (${times(ratio)})`, holds: between(ratio, 1.4, 1.9) };
      },
    },
  ],
  charts({ tcpNative, tcpOverlay, udpNative, udpOverlay, kvNative, kvOverlay }) {
    return [
      {
        file: 'overlay-cost',
        title: 'Overlay throughput relative to native',
        caption: 'Published: mFlow-derived TCP (16.5 / 26.6) and Slim\'s memcached (1 / 1.66).',
        kind: 'bars',
        x: { label: '', categories: ['TCP, one flow', 'UDP, 64 B', 'memcached-like'] },
        y: { label: 'overlay / native', format: 'percent', min: 0 },
        series: [
          {
            label: 'hostnet',
            values: [
              tcpOverlay.traffic.iperf.throughput / tcpNative.traffic.iperf_native.throughput,
              udpOverlay.traffic.udp.pps / udpNative.traffic.udp.pps,
              kvOverlay.traffic.kv.pps / kvNative.traffic.kv.pps,
            ],
          },
          { label: 'published', values: [16.5 / 26.6, null, 1 / 1.66], published: true },
        ],
      },
    ];
  },
};
