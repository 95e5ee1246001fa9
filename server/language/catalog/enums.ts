// Every enumeration of the language with a doc per value. The records are
// typed by the SystemModel's unions, so a value the simulator does not know
// (or one it knows that is missing here) fails to compile.
import type {
  CopyMode, HostRole, Offload, Pattern, Pipelining, Priority, Stack, StageAction, TrafficClass, TrafficModel,
} from '../../../simulator/model';
import type { EnumSpec } from './types';

function enumSpec<T extends string>(name: string, values: Record<T, string>): EnumSpec {
  return { name, values: Object.entries<string>(values).map(([value, doc]) => ({ name: value, doc })) };
}

export const ROLE = enumSpec<HostRole>('role', {
  sut: 'The system under test: its NICs, cores and chains are simulated in detail.',
  loadgen: 'An ideal load generator and sink of infinite capacity (as in the gem5 userspace-networking work): it sends and timestamps, and costs nothing.',
});

export const STACK = enumSpec<Stack>('stack', {
  kernel: 'The Linux kernel stack: NAPI polling in softirq context, the socket layer, an application thread.',
  dpdk: 'DPDK: a poll-mode driver busy-polls the RX ring from a dedicated userspace core; no interrupts, no kernel.',
  xdp: 'XDP: an eBPF program runs in the driver before any skb is allocated (drop, pass, redirect).',
  afxdp: 'AF_XDP: XDP redirects frames into a shared-memory ring that a userspace application polls.',
  userspace: 'A userspace TCP/IP stack on a poll-mode driver (F-Stack, Z-stack): polling, optional zero copy.',
});

export const PIPELINING = enumSpec<Pipelining>('pipelining', {
  none: 'Each packet runs to completion on the core that took it from the RX queue.',
  rps: 'Receive packet steering: after the driver, a flow is handed to a core chosen by its hash.',
  falcon: "FALCON: each device stage of a flow's path runs on a core chosen by hash(flow, device); busy cores are skipped and the mechanism disengages at high average load.",
});

export const PRIORITY = enumSpec<Priority>('priority', {
  none: 'First come, first served through every stage.',
  prism: 'PRISM: high-priority packets are classified early and processed ahead of low-priority batches at every stage.',
});

export const COPY = enumSpec<CopyMode>('copy', {
  copy: 'Payload is copied into application buffers (the socket stage pays a per-byte cost).',
  zerocopy: 'Payload stays in the buffers it was received into; no stage pays a copy cost.',
});

export const PATTERN = enumSpec<Pattern>('pattern', {
  constant: 'Packets at fixed intervals of 1/rate (a hardware load generator).',
  poisson: 'Exponential gaps with mean 1/rate (open-loop random arrivals).',
  onoff: 'Bursts: `rate` during exponential on-periods (mean `on`), silence during off-periods (mean `off`).',
  closed: 'Closed loop: `concurrency` requests outstanding; each reply, after `think`, triggers the next request.',
  trace: 'Replays `file`, a CSV of `time,size[,flow]` records.',
});

export const TRAFFIC_CLASS = enumSpec<TrafficClass>('class', {
  high: 'Latency-sensitive: served first by a `priority = prism` chain.',
  normal: 'Default class.',
  low: 'Background bulk traffic: served after high-priority packets by a `priority = prism` chain.',
});

export const DIST = enumSpec<'fixed' | 'exponential'>('dist', {
  fixed: 'Every packet costs exactly the stage cost (with Poisson arrivals and batch = 1, an M/D/1 queue).',
  exponential: 'The cost of each packet is exponential with the stage cost as its mean (an M/M/1 queue).',
});

export const FLOW_DIST = enumSpec<TrafficModel['flowDist']>('flow_dist', {
  fixed: 'Every flow carries exactly `flow_size` bytes.',
  exponential: 'Each flow\'s size is drawn from an exponential distribution with mean `flow_size`: many short flows and a few long ones.',
});

export const ACTION = enumSpec<StageAction>('action', {
  pass: 'The packet continues to the next stage.',
  drop: 'The packet ends here and counts as delivered (what a drop benchmark measures); it is not a loss.',
  forward: 'The packet is transmitted back out of the NIC (l2fwd, routers, network functions).',
});

export const OFFLOAD = enumSpec<Offload>('offload', {
  gro: 'Generic receive offload: the stack merges segments of one flow into super-packets.',
  lro: 'Large receive offload: the NIC merges segments in hardware.',
  tso: 'TCP segmentation offload: the NIC cuts large sends into MTU frames.',
  checksum: 'Checksums are computed and verified by the NIC.',
  rss: 'Receive-side scaling: the NIC spreads flows over its RX queues by hash.',
  arfs: 'Accelerated RFS: the NIC steers a flow to the queue of the core its application runs on.',
});

export const SWITCH = enumSpec<'on' | 'off'>('switch', {
  on: 'Enabled.',
  off: 'Disabled.',
});

export const ALL_ENUMS: readonly EnumSpec[] = [
  ROLE, STACK, PIPELINING, PRIORITY, COPY, PATTERN, TRAFFIC_CLASS, DIST, FLOW_DIST, ACTION, OFFLOAD, SWITCH,
];
