// A 4-ary min-heap of (time, order) pairs in one Float64Array, ordered by
// time, then order; the near part of the event queue (event-queue.ts).
//
// The root sits at slot 3, so the four children of slot i, 4i−8 … 4i−5,
// start on a multiple of four: their 64 bytes are one aligned block, and a
// pop touches about one cache line per level.

const ROOT = 3;

export class EventHeap {
  /** [time, order] per slot; slots ROOT … end−1 are in heap order. */
  private heap: Float64Array;
  private end = ROOT;

  constructor(capacity: number) {
    this.heap = new Float64Array(2 * (ROOT + Math.max(4, capacity)));
  }

  get size(): number {
    return this.end - ROOT;
  }

  /** The earliest time; only meaningful when size > 0. */
  peekTime(): number {
    return this.heap[2 * ROOT];
  }

  /** `order` must be larger than every order in the heap (a fresh sequence number). */
  pushNewest(time: number, order: number): void {
    if (2 * this.end === this.heap.length) this.grow();
    const heap = this.heap;
    let i = this.end++;
    // The newest event has the highest order, so among equal times it stays below its parent.
    while (i > ROOT) {
      const parent = (i + 8) >> 2;
      const parentTime = heap[2 * parent];
      if (parentTime <= time) break;
      heap[2 * i] = parentTime;
      heap[2 * i + 1] = heap[2 * parent + 1];
      i = parent;
    }
    heap[2 * i] = time;
    heap[2 * i + 1] = order;
  }

  /** Adds an event of any order. */
  push(time: number, order: number): void {
    if (2 * this.end === this.heap.length) this.grow();
    const heap = this.heap;
    let i = this.end++;
    while (i > ROOT) {
      const parent = (i + 8) >> 2;
      const parentTime = heap[2 * parent];
      if (parentTime < time || (parentTime === time && heap[2 * parent + 1] < order)) break;
      heap[2 * i] = parentTime;
      heap[2 * i + 1] = heap[2 * parent + 1];
      i = parent;
    }
    heap[2 * i] = time;
    heap[2 * i + 1] = order;
  }

  /** Removes the earliest event and returns its order. */
  pop(): number {
    const heap = this.heap;
    const topOrder = heap[2 * ROOT + 1];
    const last = --this.end;
    if (last === ROOT) return topOrder;
    const time = heap[2 * last];
    const order = heap[2 * last + 1];
    let i = ROOT;
    for (;;) {
      const first = 4 * i - 8;
      if (first >= last) break;
      let best = first;
      let bestTime = heap[2 * first];
      const stop = first + 4 < last ? first + 4 : last;
      for (let child = first + 1; child < stop; child++) {
        const childTime = heap[2 * child];
        // Orders are read only on a tie of times, which is rare.
        if (childTime <= bestTime && (childTime < bestTime || heap[2 * child + 1] < heap[2 * best + 1])) {
          best = child;
          bestTime = childTime;
        }
      }
      if (time <= bestTime && (time < bestTime || order < heap[2 * best + 1])) break;
      heap[2 * i] = bestTime;
      heap[2 * i + 1] = heap[2 * best + 1];
      i = best;
    }
    heap[2 * i] = time;
    heap[2 * i + 1] = order;
    return topOrder;
  }

  /** Calls `visit` with every event (in no particular order), then empties the heap. */
  drain(visit: (time: number, order: number) => void): void {
    for (let i = ROOT; i < this.end; i++) visit(this.heap[2 * i], this.heap[2 * i + 1]);
    this.end = ROOT;
  }

  /** Calls `visit` with every event's order. */
  forEachOrder(visit: (order: number) => void): void {
    for (let i = ROOT; i < this.end; i++) visit(this.heap[2 * i + 1]);
  }

  /** Replaces every event's order by `map(order)`, which must keep their relative order. */
  mapOrders(map: (order: number) => number): void {
    for (let i = ROOT; i < this.end; i++) this.heap[2 * i + 1] = map(this.heap[2 * i + 1]);
  }

  private grow(): void {
    const larger = new Float64Array(this.heap.length * 2);
    larger.set(this.heap);
    this.heap = larger;
  }
}
