// Reference loops for the simulator bench, run in the same process so its
// figures can be read as ratios on a machine shared with other work:
//   - the 5-stage M/M/1 tandem as a plain typed-array event loop (what a
//     minimal hand-written simulator of that one model does per event);
//   - a plain binary heap under the same hold model as the event queue.

/** xoshiro128** on a Uint32Array; uniform in (0, 1). */
function uniformSource(seed: number): () => number {
  const s = new Uint32Array([seed, 0x9e3779b9, 0x85ebca6b, 0xc2b2ae35]);
  return () => {
    const b5 = Math.imul(s[1], 5);
    const result = Math.imul((b5 << 7) | (b5 >>> 25), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = (s[3] << 11) | (s[3] >>> 21);
    return (result + 0.5) / 4294967296;
  };
}

/** A binary min-heap of (time, payload) in two typed arrays. */
export class BinaryHeap {
  private times = new Float64Array(1024);
  private payloads = new Int32Array(1024);
  size = 0;

  peekTime(): number {
    return this.times[0];
  }

  push(time: number, payload: number): void {
    if (this.size === this.times.length) {
      const times = new Float64Array(this.size * 2);
      const payloads = new Int32Array(this.size * 2);
      times.set(this.times);
      payloads.set(this.payloads);
      this.times = times;
      this.payloads = payloads;
    }
    const times = this.times;
    const payloads = this.payloads;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (times[parent] <= time) break;
      times[i] = times[parent];
      payloads[i] = payloads[parent];
      i = parent;
    }
    times[i] = time;
    payloads[i] = payload;
  }

  pop(): number {
    const times = this.times;
    const payloads = this.payloads;
    const top = payloads[0];
    const n = --this.size;
    const time = times[n];
    const payload = payloads[n];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && times[child + 1] < times[child]) child++;
      if (time <= times[child]) break;
      times[i] = times[child];
      payloads[i] = payloads[child];
      i = child;
    }
    times[i] = time;
    payloads[i] = payload;
    return top;
  }
}

/**
 * The tandem of `stages` M/M/1 queues (arrival rate `lambda`, service rate
 * `mu`) for `packets` packets: an arrival event and a departure event per
 * stage. Returns the events handled and the mean sojourn, for a sanity check.
 */
export function plainTandem(stages: number, packets: number, lambda: number, mu: number): { events: number; seconds: number; sojourn: number } {
  const heap = new BinaryHeap();
  const uniform = uniformSource(7);
  const capacity = 1 << 16;
  const mask = capacity - 1;
  const queued = new Int32Array(stages * capacity);
  const head = new Int32Array(stages);
  const length = new Int32Array(stages);
  const born = new Float64Array(capacity);
  let sent = 0;
  let done = 0;
  let sojourn = 0;
  let events = 0;
  const arrive = (stage: number, packet: number, now: number): void => {
    queued[stage * capacity + ((head[stage] + length[stage]) & mask)] = packet;
    if (length[stage]++ === 0) heap.push(now - Math.log(uniform()) / mu, stage);
  };
  const start = performance.now();
  heap.push(-Math.log(uniform()) / lambda, -1);
  while (heap.size > 0) {
    const now = heap.peekTime();
    const stage = heap.pop();
    events++;
    if (stage < 0) {
      const packet = sent++ & mask;
      born[packet] = now;
      if (sent < packets) heap.push(now - Math.log(uniform()) / lambda, -1);
      arrive(0, packet, now);
      continue;
    }
    const packet = queued[stage * capacity + head[stage]];
    head[stage] = (head[stage] + 1) & mask;
    if (--length[stage] > 0) heap.push(now - Math.log(uniform()) / mu, stage);
    if (stage + 1 < stages) arrive(stage + 1, packet, now);
    else {
      done++;
      sojourn += now - born[packet];
    }
  }
  return { events, seconds: (performance.now() - start) / 1000, sojourn: sojourn / done };
}
