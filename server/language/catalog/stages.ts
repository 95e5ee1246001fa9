// Stage kinds: what each does, its default cost, where it runs and which
// stacks it fits.
//
// Costs are in cycles of a 3 GHz-class core (1 ns = 3 cycles). Only
// end-to-end figures are published (calibration.md §3, "Per-stage ns
// costs"), so the per-stage split is a fit; each cost names the figure it
// reproduces. The fits, at 64 B frames:
//   kernel early drop   driver + gro + ip + iptables(drop)              = 330 + 60 + 150 + 84 = 624 c = 208 ns (4.8 Mpps)
//   with conntrack      driver + gro + ip + conntrack + iptables(drop)  = 624 + 1044        = 1668 c = 556 ns (1.8 Mpps)
//   IP forwarding       driver + gro + ip + route + tx                  = 540 + 435 + 750   = 1725 c = 575 ns (1.74 Mpps)
//   XDP drop            driver(xdp) + xdp(drop)                         = 85 + 40           = 125 c = 41.6 ns (24 Mpps)
//   XDP redirect        driver(xdp) + xdp + tx(xdp)                     = 125 + 223         = 348 c = 116 ns (8.65 Mpps)
//   XDP routing         driver(xdp) + xdp + route(xdp) + tx(xdp)        = 348 + 212         = 560 c = 187 ns (5.36 Mpps)
//   DPDK drop           pmd(drop)                                       = 69 c = 22.9 ns (43.5 Mpps)
// (The kernel driver's 330 cycles at 64 B are 317 per packet + 0.2 per byte.)
// The receive of one long TCP flow is fitted too (Cai et al.; see the driver,
// tcp and socket sources): with MTU 9000 and TSO/GRO one core reaches ≈42
// Gbps with about half its cycles in the copy to the application.
import type { Stack, StageKind } from '../../../simulator/model';
import { source } from './define';
import { COPY_FIT } from './sources';
import type { StageBehaviour, StageKindSpec } from './types';

const ALL_STACKS: readonly Stack[] = ['kernel', 'dpdk', 'xdp', 'afxdp', 'userspace'];

/** Busy-polling stacks run every stage in the polling loop. */
const POLLED: Partial<Record<Stack, Partial<StageBehaviour>>> = {
  dpdk: { context: 'poll' },
  userspace: { context: 'poll' },
  afxdp: { context: 'poll' },
};

const fitKernelDrop = source.fit(
  'kernel early drop: driver + gro + ip + iptables(drop) = 624 cycles = 208 ns at 3 GHz, calibration.md: "Linux drop in iptables raw table / with conntrack, 1 core 4.8 (208 ns) / 1.8 (556 ns) Mpps — XDP paper §4.1"',
);
const fitForwarding = source.fit(
  'IP forwarding: driver + gro + ip + route + tx = 1725 cycles = 575 ns at 3 GHz, calibration.md: "Linux IP routing, 1 core: 1 route 1.74 Mpps (575 ns) — xdp-paper bench04"',
);
const fitXdp = source.fit(
  'XDP drop: driver(xdp) + xdp = 125 cycles = 41.6 ns at 3 GHz, calibration.md: "XDP_DROP, 1 core 24 Mpps (41.6 ns/pkt) — XDP paper §4.1"; the hook alone is "Cost of an XDP_PASS hook in front of the stack 13.3 ns/pkt"',
);
const fitXdpForward = source.fit(
  'XDP forwarding: driver(xdp) + xdp + tx(xdp) = 348 cycles = 116 ns, calibration.md: "XDP_REDIRECT forwarding, 1 core 8.65 Mpps (116 ns) — xdp-paper bench05"',
);
const fitOverlay = source.fit(
  'overlay: vxlan + bridge + veth = 700 + 330 + 400 = 1430 cycles ≈ +66% over the 2170 cycles of a native MTU-1500 UDP packet (driver…app), calibration.md: "Extra CPU per byte on the serialised core due to overlay ≈+60 (range 40–100) %"',
  'L',
);
const fitTcp = source.fit(
  'ip 150 + tcp 710 = 860 cycles ≈ 2.3 × the per-packet netdev work (driver 317 + gro 60 = 377), the ratio 37.2 / 16.1 of calibration.md: "No-optimisation CPU breakdown … tcp/ip 37.2, netdev 16.1 … %" (Cai artifact README); tcp includes the ACKs it sends',
  'L',
);
const fitUserspace = source.fit(
  'userspace request path pmd + userspace_tcp + socket + app + tx ≈ 1300 cycles, about 1/3.6 of the kernel\'s per-request cycles with wake-ups, calibration.md: "IX vs Linux (OSDI\'14) memcached 3.6× throughput"',
  'L',
);

function stage(spec: Omit<StageKindSpec, 'requiresCost' | 'copiesData' | 'device' | 'onTransmit' | 'cyclesPerFlow'> & Partial<StageKindSpec>): StageKindSpec {
  return { requiresCost: false, copiesData: false, device: false, onTransmit: false, cyclesPerFlow: 0, ...spec };
}

/** Why some stages are paid again by replies: the way out mirrors the way in. */
export const OVERLAY_TRANSMIT = source.assumption(
  'a reply from a socket application goes down TCP (or UDP) again, and from a container it crosses veth, the bridge and VXLAN/Geneve encapsulation on its way out, each costing about what its receive side does (the `tx` cost is fitted to forwarding, which has neither); Slim (NSDI\'19, calibration.md: "memcached +66% throughput … −54% CPU") removes both directions of the overlay\'s work',
);

export const STAGE_KINDS: readonly StageKindSpec[] = [
  stage({
    kind: 'driver',
    doc: 'NIC driver receive: descriptors, buffers, skb allocation, NAPI poll.',
    details: 'Takes frames from the RX ring in a NAPI poll (softirq), unmaps DMA buffers and builds skbs. In an XDP or AF_XDP chain it runs in XDP mode: no skb, pages recycled. The physical device: FALCON and RPS may move what follows to another core.',
    cyclesPerPacket: 317, cyclesPerByte: 0.2,
    costSource: source.fit(
      'per packet from the kernel early-drop fit (317 + 0.2 × 64 = 330 cycles at 64 B); per byte 0.2 cycles/B (page allocation, DMA mapping, skb frags) fitted with the socket copy (0.3 cycles/B at a 49% miss rate) so that one MTU-9000 TCP flow with TSO/GRO on one 3 GHz core spends 0.5 cycles/B in driver + copy: ≈42 Gbps with the copy ≈53% of cycles and the driver ≈41%, calibration.md: "Single long TCP flow, all optimisations ≈42 Gbps per core", "Receiver CPU share spent on data copy ≈50 (40–60) %" and "Receiver LLC miss rate, single flow with DDIO ≈49 %"',
      'L',
    ),
    context: 'softirq', queueBefore: 'ring', device: true,
    stacks: ['kernel', 'xdp', 'afxdp'],
    byStack: {
      xdp: { cyclesPerPacket: 85, cyclesPerByte: 0, costSource: fitXdp },
      afxdp: { cyclesPerPacket: 85, cyclesPerByte: 0, costSource: fitXdp },
    },
  }),
  stage({
    kind: 'pmd',
    doc: 'DPDK poll-mode driver: busy-polls the RX ring in bursts, no interrupts.',
    details: 'A dedicated core polls the RX ring and takes up to `batch` descriptors at a time. With `action = drop` it is the DPDK drop benchmark.',
    cyclesPerPacket: 69, cyclesPerByte: 0,
    costSource: source.calibration('DPDK drop, 1 core 43.5 Mpps (22.9 ns/pkt) — XDP paper §4.1; 22.9 ns × 3 GHz = 69 cycles'),
    context: 'poll', queueBefore: 'ring',
    stacks: ['dpdk', 'userspace'],
  }),
  stage({
    kind: 'xdp',
    doc: 'An XDP program in the driver, before any skb exists: drop, pass or redirect.',
    details: 'Runs on the raw frame in the driver\'s NAPI poll. In a kernel chain it is the hook in front of the stack; in an XDP chain it is the whole data path (`action = drop` or `forward`); in AF_XDP it redirects frames to the userspace socket.',
    cyclesPerPacket: 40, cyclesPerByte: 0,
    costSource: source.calibration('Cost of an XDP_PASS hook in front of the stack 13.3 ns/pkt — XDP paper §4.1; 13.3 ns × 3 GHz = 40 cycles'),
    context: 'softirq', queueBefore: 'none',
    stacks: ['kernel', 'xdp', 'afxdp'],
  }),
  stage({
    kind: 'gro',
    doc: 'Generic receive offload: merges segments of a flow into super-packets.',
    details: 'With the `gro` offload on, up to `gro_batch` segments (at most `gro_max` bytes) of one flow become one packet for the stages after it, which then pay their per-packet cost once per super-packet.',
    cyclesPerPacket: 60, cyclesPerByte: 0, costSource: fitKernelDrop,
    context: 'softirq', queueBefore: 'none',
    stacks: ['kernel'],
  }),
  stage({
    kind: 'ip',
    doc: 'IPv4/IPv6 receive: header checks and netfilter PREROUTING traversal.',
    details: 'ip_rcv and the netfilter hooks in front of routing. Overlay chains need no separate `ip` for the outer header: `vxlan` includes it.',
    cyclesPerPacket: 150, cyclesPerByte: 0, costSource: fitKernelDrop,
    context: 'softirq', queueBefore: 'none',
    stacks: ['kernel'],
  }),
  stage({
    kind: 'route',
    doc: 'Route lookup and forwarding decision (FIB lookup, TTL, FORWARD hook).',
    details: 'The kernel\'s fib lookup and ip_forward; in an XDP chain, bpf_fib_lookup; in DPDK, an LPM table as in l3fwd.',
    cyclesPerPacket: 435, cyclesPerByte: 0, costSource: fitForwarding,
    context: 'softirq', queueBefore: 'none',
    stacks: ['kernel', 'xdp', 'dpdk'],
    byStack: {
      xdp: {
        cyclesPerPacket: 212,
        costSource: source.fit('XDP routing: driver(xdp) + xdp + route + tx(xdp) = 560 cycles = 187 ns, calibration.md: "XDP routing, 1 core: 1 route / full table 5.36 / 3.45 Mpps — xdp-paper bench04"'),
      },
      dpdk: { cyclesPerPacket: 60, context: 'poll', costSource: source.assumption('an LPM lookup of a few memory accesses (DPDK l3fwd); no published per-stage figure') },
    },
  }),
  stage({
    kind: 'conntrack',
    doc: 'Netfilter connection tracking: per-packet lookup and state update.',
    details: 'nf_conntrack\'s hash lookup, state machine and accounting, paid by every packet of a tracked flow.',
    cyclesPerPacket: 1044, cyclesPerByte: 0,
    costSource: source.fit('with conntrack − early drop = 556 − 208 ns = 348 ns = 1044 cycles, calibration.md: "Linux drop in iptables raw table / with conntrack, 1 core 4.8 (208 ns) / 1.8 (556 ns) Mpps"'),
    context: 'softirq', queueBefore: 'none',
    stacks: ['kernel'],
  }),
  stage({
    kind: 'tcp',
    doc: 'TCP receive: socket lookup, sequence and ACK processing, queueing to the socket.',
    details: 'tcp_v4_rcv and tcp_rcv_established up to the socket receive queue, and the ACKs it sends. The first packet of each new flow also pays `per_flow`: the connection\'s set-up, accept and tear-down.',
    cyclesPerPacket: 710, cyclesPerByte: 0, costSource: fitTcp,
    cyclesPerFlow: 28000,
    flowCostSource: source.fit(
      '28000 cycles (≈9 µs at 3 GHz) per connection: set-up, accept and tear-down, fitted so that 64 KB flows lose ≈43% of a long flow\'s throughput per core (0.43 × 0.57 cycles/B ≈ 0.43 cycles/B × 64 KB over the long flow\'s 0.57 cycles/B), calibration.md: "Short vs long flows: throughput-per-core ≈43% lower — Cai et al."; the notes do not give the flow size, 64 KB is assumed',
      'L',
    ),
    context: 'softirq', queueBefore: 'none',
    onTransmit: true,
    stacks: ['kernel'],
  }),
  stage({
    kind: 'udp',
    doc: 'UDP receive: socket lookup and queueing to the socket.',
    details: 'udp_rcv up to the socket receive queue.',
    cyclesPerPacket: 300, cyclesPerByte: 0,
    costSource: source.assumption('half of tcp (no sequence or ACK state); no published per-stage figure'),
    context: 'softirq', queueBefore: 'none',
    onTransmit: true,
    stacks: ['kernel'],
  }),
  stage({
    kind: 'vxlan',
    doc: 'VXLAN decapsulation, including the outer IP and UDP receive; hands the inner frame to the vxlan device.',
    details: 'Outer ip_rcv, UDP encap_rcv, header removal (50 B), then gro_cells: the inner packet waits in a per-CPU queue (capped by `backlog`) before the next stage. A device stage: FALCON may move what follows to another core.',
    cyclesPerPacket: 700, cyclesPerByte: 0, costSource: fitOverlay,
    context: 'softirq', queueBefore: 'none', queueAfter: 'backlog', device: true,
    onTransmit: true,
    stacks: ['kernel'],
  }),
  stage({
    kind: 'geneve',
    doc: 'Geneve decapsulation (like vxlan, with option parsing).',
    details: 'As `vxlan`, plus variable-length option parsing.',
    cyclesPerPacket: 720, cyclesPerByte: 0,
    costSource: source.assumption('vxlan plus ≈20 cycles of option parsing; no published per-stage figure'),
    context: 'softirq', queueBefore: 'none', queueAfter: 'backlog', device: true,
    onTransmit: true,
    stacks: ['kernel'],
  }),
  stage({
    kind: 'bridge',
    doc: 'Linux bridge: MAC lookup and forwarding to a port.',
    details: 'br_handle_frame, FDB lookup and forwarding to the port (typically a veth).',
    cyclesPerPacket: 330, cyclesPerByte: 0, costSource: fitOverlay,
    context: 'softirq', queueBefore: 'none',
    onTransmit: true,
    stacks: ['kernel'],
  }),
  stage({
    kind: 'ovs',
    doc: 'Open vSwitch datapath: megaflow cache lookup and actions.',
    details: 'The kernel datapath (or OVS-DPDK in a dpdk chain) on a megaflow-cache hit; upcalls are not modelled.',
    cyclesPerPacket: 600, cyclesPerByte: 0,
    costSource: source.assumption('a megaflow hit is roughly a bridge lookup plus a flow-table lookup and actions; no published per-stage figure'),
    context: 'softirq', queueBefore: 'none',
    onTransmit: true,
    stacks: ['kernel', 'dpdk'],
    byStack: { dpdk: { cyclesPerPacket: 250, context: 'poll', costSource: source.assumption('OVS-DPDK EMC/megaflow hit in the polling loop; no published figure') } },
  }),
  stage({
    kind: 'veth',
    doc: 'veth pair into a container: transmit on one end, netif_rx on the other.',
    details: 'veth_xmit queues the packet to the per-CPU backlog (`backlog`, netdev_max_backlog) and the peer device processes it in a later softirq. A device stage: FALCON and RPS may move what follows to another core.',
    cyclesPerPacket: 400, cyclesPerByte: 0, costSource: fitOverlay,
    context: 'softirq', queueBefore: 'none', queueAfter: 'backlog', device: true,
    onTransmit: true,
    stacks: ['kernel'],
  }),
  stage({
    kind: 'iptables',
    doc: 'An iptables table with one matching rule (e.g. a drop in the raw table).',
    details: 'Traversal of one netfilter table. With `action = drop` it is the kernel early-drop benchmark.',
    cyclesPerPacket: 84, cyclesPerByte: 0, costSource: fitKernelDrop,
    context: 'softirq', queueBefore: 'none',
    stacks: ['kernel'],
  }),
  stage({
    kind: 'ebpf',
    doc: 'An eBPF program at tc or a socket hook (SK_MSG/sk_skb), e.g. MiddleNet\'s L4/L7 redirect.',
    details: 'A small program with a few map lookups, run in the kernel stack.',
    cyclesPerPacket: 100, cyclesPerByte: 0,
    costSource: source.assumption('an XDP_PASS-sized hook (40 cycles, calibration.md: "Cost of an XDP_PASS hook … 13.3 ns/pkt") plus a few map lookups'),
    context: 'softirq', queueBefore: 'none',
    stacks: ['kernel'],
  }),
  stage({
    kind: 'shm',
    doc: 'Shared-memory hand-off: a descriptor ring between processes, zero copy.',
    details: 'The producer enqueues a descriptor; the consumer (another process or core) dequeues it. The packet waits in a ring of `shm_ring` entries before this stage.',
    cyclesPerPacket: 90, cyclesPerByte: 0,
    costSource: source.assumption('enqueue + dequeue of one descriptor ≈ two cache-line transfers ≈ 30 ns'),
    context: 'thread', queueBefore: 'shm',
    stacks: ['kernel', 'dpdk', 'afxdp', 'userspace'],
    byStack: POLLED,
  }),
  stage({
    kind: 'nf',
    doc: 'A network function on the packet headers (L2/L3: MAC swap, NAT, firewall), as in MiddleNet on DPDK.',
    details: 'Reads and rewrites headers only; the payload is not touched.',
    cyclesPerPacket: 150, cyclesPerByte: 0,
    costSource: source.assumption('header rewrite and a table lookup in the polling loop (testpmd macswap-class); no published per-stage figure'),
    context: 'poll', queueBefore: 'none',
    stacks: ['dpdk', 'afxdp', 'userspace'],
  }),
  stage({
    kind: 'userspace_tcp',
    doc: 'A userspace TCP/IP stack (F-Stack\'s FreeBSD stack, Z-stack) in the polling loop.',
    details: 'IP and TCP receive without system calls or interrupts.',
    cyclesPerPacket: 500, cyclesPerByte: 0, costSource: fitUserspace,
    context: 'poll', queueBefore: 'none',
    stacks: ['dpdk', 'userspace', 'afxdp'],
  }),
  stage({
    kind: 'socket',
    doc: 'The socket receive call: the application thread takes data from the socket queue and copies it out.',
    details: 'In the kernel, recvmsg after a wake-up: the packet waits in the socket receive queue (`socket_buffer`) before this stage, and the copy costs per byte (more when the data missed the LLC). In a userspace stack it is the zero-syscall socket API. `copy = zerocopy` on the chain removes the copy.',
    cyclesPerPacket: 400, cyclesPerByte: 0.225, costSource: COPY_FIT,
    context: 'thread', queueBefore: 'socket', copiesData: true,
    stacks: ['kernel', 'userspace'],
    byStack: { userspace: { cyclesPerPacket: 150, context: 'poll', queueBefore: 'none', costSource: fitUserspace } },
  }),
  stage({
    kind: 'app',
    doc: 'The application\'s own work per packet or request (set `cost` to model a service time).',
    details: 'Runs in the application thread (kernel stack) or in the polling loop (DPDK, userspace); in AF_XDP it polls the XSK ring.',
    cyclesPerPacket: 300, cyclesPerByte: 0,
    costSource: source.assumption('a minimal receive loop (read, count, release); set `cost` for real work'),
    context: 'thread', queueBefore: 'none',
    stacks: ['kernel', 'dpdk', 'afxdp', 'userspace'],
    byStack: { ...POLLED, afxdp: { context: 'poll', queueBefore: 'shm' } },
  }),
  stage({
    kind: 'tx',
    doc: 'Transmit: qdisc, driver xmit and completion (replies and forwarded packets).',
    details: 'The kernel\'s dev_queue_xmit, driver transmit and TX completion; XDP_TX/redirect in an XDP chain; a burst transmit in DPDK. Chains without a `tx` stage still pay this cost for replies and forwarded packets, plus the cost of the chain\'s transport and overlay stages (tcp, udp, vxlan, geneve, bridge, ovs, veth) once more for the way out.',
    cyclesPerPacket: 750, cyclesPerByte: 0, costSource: fitForwarding,
    context: 'softirq', queueBefore: 'none',
    stacks: ALL_STACKS,
    byStack: {
      xdp: { cyclesPerPacket: 223, costSource: fitXdpForward },
      afxdp: { cyclesPerPacket: 100, context: 'poll', costSource: source.assumption('XSK TX ring enqueue and a kick, amortised') },
      dpdk: { cyclesPerPacket: 40, context: 'poll', costSource: source.assumption('burst transmit of 32, amortised; l2fwd-class forwarding then runs at ≈27 Mpps per core') },
      userspace: { cyclesPerPacket: 300, context: 'poll', costSource: fitUserspace },
    },
  }),
  stage({
    kind: 'custom',
    doc: 'A stage with only the cost you give it (`cost` is required): for queueing experiments and unmodelled work.',
    details: 'With `dist = exponential`, Poisson traffic and `batch = 1`, one custom stage is an M/M/1 queue; with `dist = fixed`, M/D/1.',
    cyclesPerPacket: 0, cyclesPerByte: 0,
    costSource: source.design('a custom stage costs what its `cost` says (DESIGN §3, M/M/1 and M/D/1 checks)'),
    context: 'softirq', queueBefore: 'none',
    stacks: ALL_STACKS, requiresCost: true,
    byStack: POLLED,
  }),
];

const byKind = new Map(STAGE_KINDS.map((s) => [s.kind, s]));

export function stageKind(kind: string): StageKindSpec | undefined {
  return byKind.get(kind as StageKind);
}

/** The behaviour of a stage kind in a stack: the kind's defaults with the stack's overrides. */
export function stageBehaviour(spec: StageKindSpec, stack: Stack): StageBehaviour {
  const base: StageBehaviour = {
    cyclesPerPacket: spec.cyclesPerPacket,
    cyclesPerByte: spec.cyclesPerByte,
    costSource: spec.costSource,
    cyclesPerFlow: spec.cyclesPerFlow,
    flowCostSource: spec.flowCostSource,
    context: spec.context,
    queueBefore: spec.queueBefore,
    queueAfter: spec.queueAfter,
  };
  return { ...base, ...spec.byStack?.[stack] };
}
