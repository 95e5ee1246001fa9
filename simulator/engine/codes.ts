// Small integer codes the engine keeps in typed arrays instead of strings.
import type { ExecContext, Pattern, QueueKind, StageAction, TrafficClass } from '../model';

export const QUEUE_NONE = 0;
export const QUEUE_RING = 1;
export const QUEUE_BACKLOG = 2;
export const QUEUE_SOCKET = 3;
export const QUEUE_SHM = 4;
export const QUEUE_CODES: Record<QueueKind, number> = { none: 0, ring: 1, backlog: 2, socket: 3, shm: 4 };

/** Execution contexts, plus idle polling, as accounted per core. */
export const CTX_HARDIRQ = 0;
export const CTX_SOFTIRQ = 1;
export const CTX_THREAD = 2;
export const CTX_IDLE_POLL = 4;
export const CTX_COUNT = 5;
export const CTX_NAMES = ['hardirq', 'softirq', 'thread', 'poll', 'idle-poll'] as const;
export const CTX_CODES: Record<ExecContext, number> = { hardirq: 0, softirq: 1, thread: 2, poll: 3 };

export const ACTION_DROP = 1;
export const ACTION_FORWARD = 2;
export const ACTION_CODES: Record<StageAction, number> = { pass: 0, drop: 1, forward: 2 };

/** Where a packet was lost (the order of Drops in results). */
export const DROP_RING = 0;
export const DROP_BACKLOG = 1;
export const DROP_SOCKET = 2;
export const DROP_WIRE = 3;
export const DROP_PLACES = ['ring', 'backlog', 'socket', 'wire'] as const;

/** Who takes packets out of a queue. */
export const CONSUMER_NAPI = 0;
export const CONSUMER_THREAD = 1;
export const CONSUMER_POLL = 2;

/** Priority lanes of a queue: PRISM serves lane 0 first; without PRISM every packet uses lane 1. */
export const LANES = 3;
export const LANE_CODES: Record<TrafficClass, number> = { high: 0, normal: 1, low: 2 };
export const LANE_HIGH = 0;
export const LANE_FIFO = 1;

export const PATTERN_CONSTANT = 0;
export const PATTERN_POISSON = 1;
export const PATTERN_ONOFF = 2;
export const PATTERN_CLOSED = 3;
export const PATTERN_TRACE = 4;
export const PATTERN_CODES: Record<Pattern, number> = { constant: 0, poisson: 1, onoff: 2, closed: 3, trace: 4 };

/** Event kinds: the low 3 bits of an event payload; the rest is the argument. */
export const EV_SOURCE = 0;
export const EV_NIC_ARRIVE = 1;
export const EV_DMA_DONE = 2;
export const EV_IRQ_TIMER = 3;
export const EV_CORE_DONE = 4;
export const EV_LOADGEN_RX = 5;
export const EV_ACK = 6;
export const EV_SAMPLE = 7;
export const EV_BITS = 3;

/** Wire overhead per frame: preamble, start delimiter and inter-frame gap, bytes. */
export const WIRE_OVERHEAD_BYTES = 20;
/** Ethernet header and FCS around an MTU-sized payload, bytes. */
export const FRAME_OVERHEAD_BYTES = 18;
