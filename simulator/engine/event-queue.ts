// The pending-event set: a 4-ary min-heap in one Float64Array of
// (time, payload) pairs, so a node's four children share one or two cache
// lines. An event is a time and one integer payload; nothing is allocated per
// event (the array doubles when full, which is bounded by what is in flight).
// Events at the same time come out in an order fixed by the sequence of
// operations, so runs are reproducible.

const INITIAL_CAPACITY = 1024;

export class EventQueue {
  /** [time0, payload0, time1, payload1, …] in heap order. */
  private heap: Float64Array;
  private count = 0;

  constructor(capacity = INITIAL_CAPACITY) {
    this.heap = new Float64Array(capacity * 2);
  }

  get size(): number {
    return this.count;
  }

  /** Time of the earliest event; only meaningful when size > 0. */
  peekTime(): number {
    return this.heap[0];
  }

  push(time: number, payload: number): void {
    if (this.count * 2 === this.heap.length) this.grow();
    const heap = this.heap;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 2;
      const parentTime = heap[parent * 2];
      if (parentTime <= time) break;
      heap[i * 2] = parentTime;
      heap[i * 2 + 1] = heap[parent * 2 + 1];
      i = parent;
    }
    heap[i * 2] = time;
    heap[i * 2 + 1] = payload;
  }

  /** Removes the earliest event and returns its payload; read its time with peekTime() first. */
  pop(): number {
    const heap = this.heap;
    const top = heap[1];
    const n = --this.count;
    if (n === 0) return top;
    const time = heap[n * 2];
    const payload = heap[n * 2 + 1];
    let i = 0;
    for (;;) {
      const first = i * 4 + 1;
      if (first >= n) break;
      let best = first;
      let bestTime = heap[first * 2];
      const last = first + 4 < n ? first + 4 : n;
      for (let child = first + 1; child < last; child++) {
        const childTime = heap[child * 2];
        if (childTime < bestTime) {
          best = child;
          bestTime = childTime;
        }
      }
      if (time <= bestTime) break;
      heap[i * 2] = bestTime;
      heap[i * 2 + 1] = heap[best * 2 + 1];
      i = best;
    }
    heap[i * 2] = time;
    heap[i * 2 + 1] = payload;
    return top;
  }

  private grow(): void {
    const larger = new Float64Array(this.heap.length * 2);
    larger.set(this.heap);
    this.heap = larger;
  }
}
