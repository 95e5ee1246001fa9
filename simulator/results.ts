// Results: what a run produces. The outer shape is a contract (DESIGN §3,
// `hostnet.results/1`); fields may be added, never renamed or removed.
// SI base units throughout: seconds, bits per second, packets per second.

export const RESULTS_SCHEMA = 'hostnet.results/1';

export interface Results {
  schema: typeof RESULTS_SCHEMA;
  scenario: string;
  points: PointResult[];
  meta: RunMeta;
  /** The unit kind each swept parameter was written in (`bulk.rate` → `bandwidth`), for display. */
  paramUnits?: Record<string, string>;
}

export interface RunMeta {
  seed: number;
  /** Events simulated over all points. */
  events: number;
  wallSeconds: number;
  version: string;
  /** The source file, when known. */
  file?: string;
}

export interface PointResult {
  params: Record<string, number | string>;
  traffic: Record<string, TrafficResult>;
  cores: CoreResult[];
  stages: Record<string, StageResult>;
  expects: ExpectResult[];
  timeseries: TimeSeries;
  /** Events simulated for this point. */
  events: number;
  /** Per host (not loadgens): LLC behaviour of the copies into applications. */
  hosts?: Record<string, HostResult>;
}

export interface HostResult {
  /** Mean utilisation of the host's cores, 0..1. */
  util: number;
  /** Fraction of copied bytes read from memory rather than the LLC (DDIO), 0..1; null when nothing was copied. */
  llcMissRate: number | null;
}

export interface LatencySummary {
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  p999: number;
  max: number;
}

export interface Histogram {
  /** Upper edges of the log-spaced buckets, seconds. */
  edges: number[];
  counts: number[];
}

export interface Drops {
  ring: number;
  backlog: number;
  socket: number;
  /** Lost on the wire (link `loss`). */
  wire: number;
}

export interface TrafficResult {
  /** Frame bits per second that completed their path inside the measured interval. */
  throughput: number;
  /** Packets per second that completed their path inside the measured interval. */
  pps: number;
  /** Packets sent in the measured interval that completed their path (some after it, while the run drains). */
  delivered: number;
  /** Packets sent in the measured interval. */
  offered: number;
  /** Offered rate, bits per second. */
  offeredThroughput: number;
  latency: LatencySummary;
  histogram: Histogram;
  drops: Drops;
  /** Dropped / offered, 0..1. */
  loss: number;
  /** Measured packets still on their way when the run ended (offered = delivered + drops + inFlight). */
  inFlight?: number;
  /** Time-average number of this traffic's packets in the system (sent, not yet completed or lost) over the measured interval. */
  inSystem?: number;
}

export interface CoreResult {
  host: string;
  core: number;
  /** Busy fraction, 0..1. */
  util: number;
  /** Busy fraction by execution context (hardirq, softirq, thread, poll, idle-poll). */
  byContext: Record<string, number>;
  /** Busy fraction by `chain.stage`, plus `overhead` for wake-ups, switches, hand-offs. */
  byStage: Record<string, number>;
  /** NAPI/softirq counters of this core, when it ran any softirq. */
  kernel?: KernelCounters;
}

/** What net_rx_action did on one core over the measured replications (whole runs, warm-up included). */
export interface KernelCounters {
  /** NAPI polls. */
  polls: number;
  /** Packets those polls took. */
  packets: number;
  /** Most packets one poll took (≤ the NAPI weight). */
  maxPerPoll: number;
  /** net_rx_action rounds. */
  rounds: number;
  /** Most packets one round took (≤ budget + weight − 1). */
  maxPerRound: number;
  /** Rounds that ended on the packet budget with work left. */
  budgetStops: number;
  /** Rounds that ended on the time budget with work left. */
  timeStops: number;
  /** Immediate softirq restarts after a round ended with work left. */
  restarts: number;
  /** Times the rest of the work was handed to ksoftirqd. */
  ksoftirqdWakeups: number;
}

export interface StageResult {
  wait: { mean: number; p99: number };
  service: { mean: number };
  /** Packets the stage processed in the measured interval. */
  packets: number;
}

export interface ExpectResult {
  metric: string;
  op: string;
  value: number;
  /** NaN becomes null in JSON when the metric could not be measured. */
  actual: number | null;
  pass: boolean;
}

export interface TimeSeries {
  /** Sample end times from the start of measurement, seconds. */
  t: number[];
  /** Per traffic: throughput (bits/s), and p99 latency (s) in each interval. */
  traffic: Record<string, { throughput: number[]; p99: number[] }>;
  /** Per `host.core`: utilisation in each interval. */
  cores: Record<string, number[]>;
}
