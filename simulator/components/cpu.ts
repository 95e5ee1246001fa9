// Cores and what runs on them. A core does one job at a time (one unit
// through a run of stages, a hard interrupt, or scheduler overhead) and, when
// free, picks the next by priority, as Linux does at job boundaries:
//   1. overhead it owes (wake-ups, hand-offs, context switches);
//   2. hard interrupts;
//   3. softirq (net_rx_action): NAPI instances polled round-robin, at most
//      their weight per poll, a round ending at `budget` packets or
//      `budgetTime`; rounds restart up to `maxRestarts` times within
//      `budgetTime` unless a thread is waiting, then ksoftirqd takes over;
//   4. threads (application readers and ksoftirqd): a thread keeps the core
//      while it has work, yielding after a time slice when another is
//      waiting (equal shares, as CFS gives); a thread that wakes from sleep
//      goes first and takes the core at the next batch boundary (CFS favours
//      sleepers); a context switch is paid when a different thread comes in;
//   5. busy polling (DPDK/AF_XDP/userspace stacks): bursts from the polled
//      queues round-robin; an idle polling core still counts as busy
//      ("idle-poll").
// Jobs are not pre-empted: an interrupt waits for the current job to end.
import * as codes from '../engine/codes';
import type { Simulation } from '../engine/simulation';
import type { Batches } from './batches';
import type { Queues } from './queues';
import * as collector from '../metrics/collector';

// Local copies: under a CommonJS transform (tsx) every use of an imported binding is a getter call.
const { CONSUMER_NAPI, CONSUMER_THREAD, CTX_COUNT, CTX_HARDIRQ, CTX_IDLE_POLL, CTX_SOFTIRQ, CTX_THREAD, EV_BITS, EV_CORE_DONE } = codes;
const { K_BUDGET_STOPS, K_COUNT, K_KSOFTIRQD_WAKEUPS, K_MAX_PER_POLL, K_MAX_PER_ROUND, K_POLLED, K_POLLS, K_RESTARTS, K_ROUNDS, K_TIME_STOPS } = collector;

const JOB_UNIT = 0;
const JOB_HARDIRQ = 1;
const JOB_OVERHEAD = 2;

const STEP_JOB = 0;
const STEP_IDLE = 1;
const STEP_ROUND_END = 2;

const THREAD_SLEEPING = 0;
const THREAD_RUNNABLE = 1;
const THREAD_RUNNING = 2;

/** A thread's time slice before it yields to another runnable thread, ps (CFS minimum granularity). */
const THREAD_SLICE_PS = 750e6;

export class Cpu {
  private readonly sim: Simulation;
  // The plan's tables and the queues, read on every job.
  private readonly queues: Queues;
  private readonly batches: Batches;
  private readonly kernel: Float64Array;
  private readonly queueCore: Int32Array;
  private readonly queueConsumer: Uint8Array;
  private readonly queueWeight: Int32Array;
  private readonly queueRingChain: Int32Array;
  private readonly queueThread: Int32Array;
  /** 1 for a NAPI instance that polls one packet at a time (weight 1) from a queue without priority lanes. */
  private readonly singlePacket: Uint8Array;
  private readonly hardirqPs: Float64Array;
  private readonly wakeupPs: Float64Array;
  private readonly contextSwitchPs: Float64Array;
  private readonly coreBudget: Int32Array;
  private readonly coreBudgetTimePs: Float64Array;
  private readonly coreMaxRestarts: Int32Array;
  private readonly corePrism: Uint8Array;
  private readonly corePolled: number[][];
  /** 1 for a core that busy-polls queues (corePolled[c] is not empty). */
  private readonly polling: Uint8Array;
  private readonly ksoftirqdBase: number;
  private readonly busy: Uint8Array;
  private readonly jobKind: Uint8Array;
  private readonly jobArg: Int32Array;
  private readonly jobEnd: Float64Array;
  /** Busy time of every job started so far (not idle polling), for load sampling. */
  private readonly busyTotal: Float64Array;
  private readonly idlePollSince: Float64Array;
  private readonly overhead: Float64Array;
  private readonly overheadTotal: Float64Array;

  private readonly irqHead: Int32Array;
  private readonly irqTail: Int32Array;
  private readonly irqNext: Int32Array;

  private readonly pollHead: Int32Array;
  private readonly pollTail: Int32Array;
  private readonly pollNext: Int32Array;
  private readonly scheduled: Uint8Array;
  private readonly currentNapi: Int32Array;
  private readonly softActive: Uint8Array;
  private readonly invocationStart: Float64Array;
  private readonly restarts: Int32Array;
  private readonly roundStart: Float64Array;
  private readonly roundLeft: Int32Array;
  private readonly roundPackets: Int32Array;
  private readonly deferred: Uint8Array;

  private readonly currentThread: Int32Array;
  /** When the current thread got the core. */
  private readonly sliceStart: Float64Array;
  private readonly lastThread: Int32Array;
  private readonly runHead: Int32Array;
  private readonly runTail: Int32Array;
  private readonly runCount: Int32Array;
  /** Threads woken from sleep that wait at the front of the run queue. */
  private readonly wokenWaiting: Int32Array;
  private readonly threadState: Uint8Array;
  private readonly threadNext: Int32Array;
  private readonly threadQueue: Int32Array;

  private readonly currentPoll: Int32Array;
  private readonly pollCursor: Int32Array;


  constructor(sim: Simulation) {
    this.sim = sim;
    const plan = sim.plan;
    this.queues = sim.queues;
    this.batches = sim.batches;
    this.kernel = sim.metrics.kernel;
    this.queueCore = plan.queueCore;
    this.queueConsumer = plan.queueConsumer;
    this.queueWeight = plan.queueWeight;
    this.queueRingChain = plan.queueRingChain;
    this.queueThread = plan.queueThread;
    this.singlePacket = Uint8Array.from(plan.queueWeight, (weight, q) =>
      (weight === 1 && plan.queueConsumer[q] === CONSUMER_NAPI && !plan.queueLaned[q] ? 1 : 0));
    this.hardirqPs = plan.hardirqPs;
    this.wakeupPs = plan.wakeupPs;
    this.contextSwitchPs = plan.contextSwitchPs;
    this.coreBudget = plan.coreBudget;
    this.coreBudgetTimePs = plan.coreBudgetTimePs;
    this.coreMaxRestarts = plan.coreMaxRestarts;
    this.corePrism = plan.corePrism;
    this.corePolled = plan.corePolled;
    this.polling = Uint8Array.from(plan.corePolled, (polled) => (polled.length > 0 ? 1 : 0));
    this.ksoftirqdBase = plan.ksoftirqdBase;
    const cores = plan.coreCount;
    const queues = plan.queueCount;
    this.busy = new Uint8Array(cores);
    this.jobKind = new Uint8Array(cores);
    this.jobArg = new Int32Array(cores);
    this.jobEnd = new Float64Array(cores);
    this.busyTotal = new Float64Array(cores);
    this.idlePollSince = new Float64Array(cores).fill(-1);
    this.overhead = new Float64Array(cores * CTX_COUNT);
    this.overheadTotal = new Float64Array(cores);
    this.irqHead = new Int32Array(cores).fill(-1);
    this.irqTail = new Int32Array(cores).fill(-1);
    this.irqNext = new Int32Array(queues).fill(-1);
    this.pollHead = new Int32Array(cores).fill(-1);
    this.pollTail = new Int32Array(cores).fill(-1);
    this.pollNext = new Int32Array(queues).fill(-1);
    this.scheduled = new Uint8Array(queues);
    this.currentNapi = new Int32Array(cores).fill(-1);
    this.softActive = new Uint8Array(cores);
    this.invocationStart = new Float64Array(cores);
    this.restarts = new Int32Array(cores);
    this.roundStart = new Float64Array(cores);
    this.roundLeft = new Int32Array(cores);
    this.roundPackets = new Int32Array(cores);
    this.deferred = new Uint8Array(cores);
    this.currentThread = new Int32Array(cores).fill(-1);
    this.sliceStart = new Float64Array(cores);
    this.lastThread = new Int32Array(cores).fill(-1);
    this.runHead = new Int32Array(cores).fill(-1);
    this.runTail = new Int32Array(cores).fill(-1);
    this.runCount = new Int32Array(cores);
    this.wokenWaiting = new Int32Array(cores);
    this.threadState = new Uint8Array(plan.threadCount);
    this.threadNext = new Int32Array(plan.threadCount).fill(-1);
    this.threadQueue = new Int32Array(plan.threadCount).fill(-1);
    for (let q = 0; q < queues; q++) if (this.queueThread[q] >= 0) this.threadQueue[this.queueThread[q]] = q;
    this.currentPoll = new Int32Array(cores).fill(-1);
    this.pollCursor = new Int32Array(cores);
    // Polling cores spin from the start.
    for (let c = 0; c < cores; c++) if (this.polling[c]) this.idlePollSince[c] = 0;
  }

  // ---- notifications from queues and the NIC ----

  /** A ring's interrupt fired. */
  interrupt(ring: number): void {
    const c = this.queueCore[ring];
    if (this.hardirqPs[c] === 0) {
      this.schedule(ring);
      return;
    }
    this.irqNext[ring] = -1;
    if (this.irqTail[c] < 0) this.irqHead[c] = ring;
    else this.irqNext[this.irqTail[c]] = ring;
    this.irqTail[c] = ring;
    if (!this.busy[c]) this.dispatch(c);
  }

  /** Work arrived in queue `q`; `producer` is the core that put it there (-1 for the NIC). */
  notify(q: number, producer: number, context: number): void {
    const consumer = this.queueConsumer[q];
    if (consumer === CONSUMER_NAPI) {
      this.schedule(q);
      return;
    }
    const c = this.queueCore[q];
    if (consumer === CONSUMER_THREAD) {
      const thread = this.queueThread[q];
      if (this.threadState[thread] === THREAD_SLEEPING) {
        this.wake(c, thread);
        if (producer >= 0) this.addOverhead(producer, context, this.wakeupPs[producer]);
      }
    }
    if (!this.busy[c]) this.dispatch(c);
  }

  notifyPoll(q: number): void {
    const c = this.queueCore[q];
    if (!this.busy[c]) this.dispatch(c);
  }

  /** napi_schedule: put NAPI instance `q` on its core's poll list. */
  private schedule(q: number): void {
    const c = this.queueCore[q];
    if (!this.scheduled[q]) {
      this.scheduled[q] = 1;
      if (this.singlePacket[q] && this.queues.length[q] > 0 && this.idleForSoftirq(c)) {
        this.startLonePoll(c, q);
        return;
      }
      this.pollPush(c, q);
    }
    if (!this.busy[c]) this.dispatch(c);
  }

  /** Core `c` is free, owes no overhead, has no interrupt waiting, no softirq going on and an empty poll list. */
  private idleForSoftirq(c: number): boolean {
    return !this.busy[c] && !(this.overheadTotal[c] > 0) && this.irqHead[c] < 0 && !this.deferred[c] &&
      !this.softActive[c] && this.currentNapi[c] < 0 && this.pollHead[c] < 0;
  }

  /**
   * One-packet NAPI instance `q` is scheduled on idle core `c` (see
   * idleForSoftirq) and has a packet: dispatch() would start net_rx_action,
   * pollPop() take `q` straight back off the otherwise empty poll list (PRISM
   * has nothing to reorder) and nextInPoll() pop its first packet. The same
   * state and counters, without the poll list round trip.
   */
  private startLonePoll(c: number, q: number): void {
    this.beginInvocation(c);
    this.currentNapi[c] = q;
    this.queues.taken[q] = 1;
    this.kernel[c * K_COUNT + K_POLLS]++;
    this.startUnit(c, this.queues.popFifo(q));
  }

  /** Charges `ps` of overhead to core `c`, run before its next job. */
  addOverhead(c: number, context: number, ps: number): void {
    if (ps <= 0) return;
    this.overhead[c * CTX_COUNT + context] += ps;
    this.overheadTotal[c] += ps;
  }

  // ---- the core's scheduler ----

  /** A job ended on core `c`. */
  done(c: number): void {
    const kind = this.jobKind[c];
    if (kind === JOB_UNIT) this.sim.path.complete(c, this.jobArg[c]);
    else if (kind === JOB_HARDIRQ) {
      const ring = this.jobArg[c];
      if (!this.scheduled[ring]) {
        this.scheduled[ring] = 1;
        this.pollPush(c, ring);
      }
    }
    this.busy[c] = 0;
    this.dispatch(c);
  }

  private dispatch(c: number): void {
    if (this.busy[c]) return;
    if (this.overheadTotal[c] > 0) {
      this.startOverhead(c);
      return;
    }
    const ring = this.irqHead[c];
    if (ring >= 0) {
      this.irqHead[c] = this.irqNext[ring];
      if (this.irqHead[c] < 0) this.irqTail[c] = -1;
      const ps = this.hardirqPs[c];
      this.sim.metrics.busy(c, this.sim.metrics.overheadSlot, CTX_HARDIRQ, this.sim.now, ps);
      this.startJob(c, JOB_HARDIRQ, ring, ps);
      return;
    }
    if (!this.deferred[c] && (this.currentNapi[c] >= 0 || this.pollHead[c] >= 0)) {
      for (;;) {
        const step = this.softirqStep(c);
        if (step === STEP_JOB) return;
        if (step === STEP_IDLE) break;
        // The round ended with work left: restart, or hand the rest to ksoftirqd.
        const now = this.sim.now;
        if (++this.restarts[c] < this.coreMaxRestarts[c] && now - this.invocationStart[c] < this.coreBudgetTimePs[c] && this.runCount[c] === 0) {
          this.kernel[c * K_COUNT + K_RESTARTS]++;
          this.beginRound(c);
          continue;
        }
        this.deferToKsoftirqd(c);
        this.dispatch(c);
        return;
      }
    }
    if ((this.currentThread[c] >= 0 || this.runHead[c] >= 0) && this.threadStep(c)) return;
    if (this.polling[c]) {
      if (this.pollStep(c)) return;
      if (this.idlePollSince[c] < 0) this.idlePollSince[c] = this.sim.now;
    }
  }

  private startJob(c: number, kind: number, arg: number, ps: number): void {
    const sim = this.sim;
    const now = sim.now;
    const since = this.idlePollSince[c];
    if (since >= 0) {
      sim.metrics.busy(c, -1, CTX_IDLE_POLL, since, now - since);
      this.idlePollSince[c] = -1;
    }
    this.busy[c] = 1;
    this.jobKind[c] = kind;
    this.jobArg[c] = arg;
    this.busyTotal[c] += ps;
    const end = now + ps;
    this.jobEnd[c] = end;
    sim.heap.push(end, EV_CORE_DONE | (c << EV_BITS));
  }

  private startOverhead(c: number): void {
    const metrics = this.sim.metrics;
    let start = this.sim.now;
    for (let context = 0; context < CTX_COUNT; context++) {
      const ps = this.overhead[c * CTX_COUNT + context];
      if (ps === 0) continue;
      metrics.busy(c, metrics.overheadSlot, context, start, ps);
      start += ps;
      this.overhead[c * CTX_COUNT + context] = 0;
    }
    const total = Math.round(this.overheadTotal[c]);
    this.overheadTotal[c] = 0;
    this.startJob(c, JOB_OVERHEAD, 0, total);
  }

  private startUnit(c: number, u: number): void {
    this.startJob(c, JOB_UNIT, u, this.sim.path.run(c, u));
  }

  // ---- softirq: NAPI ----

  private softirqStep(c: number): number {
    if (!this.softActive[c]) this.beginInvocation(c);
    for (;;) {
      let n = this.currentNapi[c];
      if (n >= 0) {
        let u = this.nextInPoll(n);
        if (u < 0 && this.singlePacket[n]) u = this.pollAgain(c, n);
        if (u >= 0) {
          this.startUnit(c, u);
          return STEP_JOB;
        }
        this.finishPoll(c, n);
        if (this.roundLeft[c] <= 0 || this.sim.now - this.roundStart[c] >= this.coreBudgetTimePs[c]) {
          if (this.pollHead[c] < 0) {
            this.softActive[c] = 0;
            return STEP_IDLE;
          }
          const kernel = this.kernel;
          if (this.roundLeft[c] <= 0) kernel[c * K_COUNT + K_BUDGET_STOPS]++;
          else kernel[c * K_COUNT + K_TIME_STOPS]++;
          return STEP_ROUND_END;
        }
      }
      n = this.pollPop(c);
      if (n < 0) {
        this.softActive[c] = 0;
        return STEP_IDLE;
      }
      this.currentNapi[c] = n;
      this.queues.taken[n] = 0;
      this.kernel[c * K_COUNT + K_POLLS]++;
    }
  }

  /** net_rx_action starts on core `c`. */
  private beginInvocation(c: number): void {
    this.softActive[c] = 1;
    this.invocationStart[c] = this.sim.now;
    this.restarts[c] = 0;
    this.beginRound(c);
  }

  /** The next unit of NAPI instance `n`'s current poll, taking more from its queue up to its weight; -1 when the poll is over. */
  private nextInPoll(n: number): number {
    const queues = this.queues;
    if (this.singlePacket[n]) {
      // A one-packet poll: taking one packet into the batch list and popping it at once is popping it off the queue.
      if (queues.taken[n] > 0 || queues.length[n] === 0) return -1;
      queues.taken[n] = 1;
      return queues.popFifo(n);
    }
    const batches = this.batches;
    const weight = this.queueWeight[n];
    for (;;) {
      const u = batches.next(n);
      if (u >= 0) return u;
      const taken = queues.taken[n];
      if (taken >= weight || queues.length[n] === 0) return -1;
      batches.take(n, weight - taken);
    }
  }

  /**
   * The end of a one-packet poll of `n` when more packets wait, no other
   * instance is on the poll list and the round goes on: finishPoll() would
   * put `n` back on the empty poll list and pollPop() take it off again, so
   * only the counters change and the next poll's packet comes off the queue.
   * Returns that packet, or -1 when this short cut does not apply.
   */
  private pollAgain(c: number, n: number): number {
    const queues = this.queues;
    const left = this.roundLeft[c] - 1;
    if (queues.length[n] === 0 || this.pollHead[c] >= 0 || left <= 0 || this.sim.now - this.roundStart[c] >= this.coreBudgetTimePs[c]) return -1;
    this.roundLeft[c] = left;
    const roundPackets = ++this.roundPackets[c];
    const kernel = this.kernel;
    const base = c * K_COUNT;
    kernel[base + K_POLLED]++;
    if (kernel[base + K_MAX_PER_POLL] < 1) kernel[base + K_MAX_PER_POLL] = 1;
    if (roundPackets > kernel[base + K_MAX_PER_ROUND]) kernel[base + K_MAX_PER_ROUND] = roundPackets;
    kernel[base + K_POLLS]++;
    return queues.popFifo(n);
  }

  private beginRound(c: number): void {
    this.roundStart[c] = this.sim.now;
    this.roundLeft[c] = this.coreBudget[c];
    this.roundPackets[c] = 0;
    this.kernel[c * K_COUNT + K_ROUNDS]++;
  }

  private finishPoll(c: number, n: number): void {
    const queues = this.queues;
    const got = queues.taken[n];
    this.currentNapi[c] = -1;
    this.roundLeft[c] -= got;
    this.roundPackets[c] += got;
    const kernel = this.kernel;
    const base = c * K_COUNT;
    kernel[base + K_POLLED] += got;
    if (got > kernel[base + K_MAX_PER_POLL]) kernel[base + K_MAX_PER_POLL] = got;
    if (this.roundPackets[c] > kernel[base + K_MAX_PER_ROUND]) kernel[base + K_MAX_PER_ROUND] = this.roundPackets[c];
    // More work waits (or the poll used its whole weight on a non-empty queue): stay on the poll list.
    if (queues.length[n] > 0 && (got >= this.queueWeight[n] || this.queueRingChain[n] < 0)) {
      this.pollPush(c, n);
      return;
    }
    this.scheduled[n] = 0;
    if (this.queueRingChain[n] >= 0) this.sim.nic.rearm(n);
  }

  private deferToKsoftirqd(c: number): void {
    this.deferred[c] = 1;
    this.softActive[c] = 0;
    const thread = this.ksoftirqdBase + c;
    if (this.threadState[thread] === THREAD_SLEEPING) {
      this.wake(c, thread);
      this.addOverhead(c, CTX_SOFTIRQ, this.wakeupPs[c]);
      this.kernel[c * K_COUNT + K_KSOFTIRQD_WAKEUPS]++;
    }
  }

  private pollPush(c: number, q: number): void {
    this.pollNext[q] = -1;
    if (this.pollTail[c] < 0) this.pollHead[c] = q;
    else this.pollNext[this.pollTail[c]] = q;
    this.pollTail[c] = q;
  }

  /** Next NAPI instance to poll; with PRISM, one holding high-priority packets first. */
  private pollPop(c: number): number {
    let q = this.pollHead[c];
    if (q < 0) return -1;
    if (this.corePrism[c]) {
      const queues = this.queues;
      let previous = -1;
      for (let candidate = q; candidate >= 0; candidate = this.pollNext[candidate]) {
        if (queues.hasHigh(candidate)) {
          if (previous >= 0) {
            this.pollNext[previous] = this.pollNext[candidate];
            if (this.pollTail[c] === candidate) this.pollTail[c] = previous;
            return candidate;
          }
          break;
        }
        previous = candidate;
      }
    }
    this.pollHead[c] = this.pollNext[q];
    if (this.pollHead[c] < 0) this.pollTail[c] = -1;
    return q;
  }

  // ---- threads ----

  /** A sleeping thread wakes: it joins the front of the run queue, behind other woken threads. */
  private wake(c: number, thread: number): void {
    this.threadState[thread] = THREAD_RUNNABLE;
    const woken = this.wokenWaiting[c];
    if (woken === 0) {
      this.threadNext[thread] = this.runHead[c];
      this.runHead[c] = thread;
      if (this.runTail[c] < 0) this.runTail[c] = thread;
    } else {
      let last = this.runHead[c];
      for (let i = 1; i < woken; i++) last = this.threadNext[last];
      this.threadNext[thread] = this.threadNext[last];
      this.threadNext[last] = thread;
      if (this.runTail[c] === last) this.runTail[c] = thread;
    }
    this.wokenWaiting[c]++;
    this.runCount[c]++;
  }

  /** A thread that used its slice goes to the back of the run queue. */
  private yieldThread(c: number, thread: number): void {
    this.currentThread[c] = -1;
    this.threadState[thread] = THREAD_RUNNABLE;
    this.threadNext[thread] = -1;
    if (this.runTail[c] < 0) this.runHead[c] = thread;
    else this.threadNext[this.runTail[c]] = thread;
    this.runTail[c] = thread;
    this.runCount[c]++;
  }

  private runPop(c: number): number {
    const thread = this.runHead[c];
    if (thread < 0) return -1;
    this.runHead[c] = this.threadNext[thread];
    if (this.runHead[c] < 0) this.runTail[c] = -1;
    this.runCount[c]--;
    if (this.wokenWaiting[c] > 0) this.wokenWaiting[c]--;
    return thread;
  }

  private sleep(c: number, thread: number): void {
    this.currentThread[c] = -1;
    this.threadState[thread] = THREAD_SLEEPING;
  }

  /** The current thread should give way: a thread just woke, or it has had its slice and another waits. */
  private sliceUsed(c: number): boolean {
    return this.wokenWaiting[c] > 0 || (this.runCount[c] > 0 && this.sim.now - this.sliceStart[c] >= THREAD_SLICE_PS);
  }

  private threadStep(c: number): boolean {
    const sim = this.sim;
    const queues = this.queues;
    for (;;) {
      let thread = this.currentThread[c];
      if (thread < 0) {
        thread = this.runPop(c);
        if (thread < 0) return false;
        this.currentThread[c] = thread;
        this.threadState[thread] = THREAD_RUNNING;
        this.sliceStart[c] = sim.now;
        if (this.lastThread[c] !== thread) {
          this.lastThread[c] = thread;
          if (this.contextSwitchPs[c] > 0) {
            this.addOverhead(c, CTX_THREAD, this.contextSwitchPs[c]);
            this.startOverhead(c);
            return true;
          }
        }
      }
      if (thread >= this.ksoftirqdBase) {
        const step = this.softirqStep(c);
        if (step === STEP_JOB) return true;
        if (step === STEP_IDLE) {
          this.sleep(c, thread);
          this.deferred[c] = 0;
        } else {
          // Each ksoftirqd pass is a fresh net_rx_action round.
          this.softActive[c] = 0;
          if (this.sliceUsed(c)) this.yieldThread(c, thread);
        }
        continue;
      }
      const q = this.threadQueue[thread];
      const u = this.batches.next(q);
      if (u >= 0) {
        this.startUnit(c, u);
        return true;
      }
      if (queues.length[q] > 0) {
        if (this.sliceUsed(c)) {
          queues.taken[q] = 0;
          this.yieldThread(c, thread);
          continue;
        }
        queues.taken[q] = 0;
        this.batches.take(q, this.queueWeight[q]);
        continue;
      }
      queues.taken[q] = 0;
      this.sleep(c, thread);
    }
  }

  // ---- busy polling ----

  private pollStep(c: number): boolean {
    const queues = this.queues;
    let q = this.currentPoll[c];
    if (q >= 0) {
      const u = this.batches.next(q);
      if (u >= 0) {
        this.startUnit(c, u);
        return true;
      }
      this.currentPoll[c] = -1;
    }
    const polled = this.corePolled[c];
    const n = polled.length;
    for (let i = 0; i < n; i++) {
      const index = (this.pollCursor[c] + i) % n;
      q = polled[index];
      if (queues.length[q] === 0) continue;
      this.pollCursor[c] = index + 1;
      this.currentPoll[c] = q;
      queues.taken[q] = 0;
      this.batches.take(q, this.queueWeight[q]);
      this.startUnit(c, queues.batchPop(q));
      return true;
    }
    return false;
  }

  // ---- reporting ----

  /** Busy time of core `c` up to now, ps (for load sampling). */
  busySoFar(c: number): number {
    const ahead = this.busy[c] ? this.jobEnd[c] - this.sim.now : 0;
    return this.busyTotal[c] - (ahead > 0 ? ahead : 0);
  }

  /** At the end of the run: account the idle polling still going on. */
  closeIdle(): void {
    const sim = this.sim;
    for (let c = 0; c < sim.plan.coreCount; c++) {
      const since = this.idlePollSince[c];
      if (since >= 0) sim.metrics.busy(c, -1, CTX_IDLE_POLL, since, sim.now - since);
    }
  }
}
