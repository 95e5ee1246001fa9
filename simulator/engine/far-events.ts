// The far part of the event queue (event-queue.ts): with a million events
// pending, every heap operation walks ten levels of cold memory, so events
// past the near window wait unsorted in time buckets, a calendar, and move
// into the heap a bucket at a time.
//
// Event time t belongs to bucket floor((t − base) × inverseWidth), a
// non-decreasing function of t, so every event of a bucket is earlier than
// every event of a later bucket. Buckets are unordered stacks (the near heap
// sorts), so adding an event writes only the event and its bucket's head.
// Events past the last bucket wait in an overflow stack; when the buckets are
// used up they are rebuilt around it.
const EVENTS_PER_BUCKET = 16;
const MAX_BUCKETS = 1 << 20;
const INITIAL_NODES = 1024;
/** A node is [time, order, next] in one Float64Array, so a visit costs one cache miss. */
const NODE = 3;

export class FarEvents {
  size = 0;
  /** Buckets in use (0 while no event is far). */
  private bucketCount = 0;
  private nodes = new Float64Array(NODE * INITIAL_NODES);
  private freeHead = -1;
  private used = 0;
  private heads = new Int32Array(0);
  private base = 0;
  private inverseWidth = 0;
  /** Buckets before this one are empty. */
  private cursor = 0;
  private overflowHead = -1;
  private overflowCount = 0;
  private overflowMin = Infinity;
  private overflowMax = -Infinity;

  /** The bucket of time `time`; bucketCount or more means past the buckets. */
  bucketOf(time: number): number {
    return Math.floor((time - this.base) * this.inverseWidth);
  }

  /** Adds an event of bucket `bucket` (from bucketOf), which must be after the buckets moved so far. */
  add(bucket: number, time: number, order: number): void {
    const node = this.allocate();
    const nodes = this.nodes;
    nodes[node] = time;
    nodes[node + 1] = order;
    this.size++;
    if (bucket < this.bucketCount) {
      nodes[node + 2] = this.heads[bucket];
      this.heads[bucket] = node;
    } else this.pushOverflow(node);
  }

  /**
   * Hands the earliest bucket's events to `insert` and returns that bucket's
   * number: later events of it or of any bucket before belong in the heap.
   * Must be called only when size > 0.
   */
  moveNextBucket(insert: (time: number, order: number) => void): number {
    let bucket = this.firstBucket();
    if (bucket < 0) {
      this.rebuild();
      bucket = this.firstBucket();
    }
    const nodes = this.nodes;
    let moved = 0;
    for (let node = this.heads[bucket]; node >= 0; ) {
      insert(nodes[node], nodes[node + 1]);
      const following = nodes[node + 2];
      this.release(node);
      node = following;
      moved++;
    }
    this.heads[bucket] = -1;
    this.size -= moved;
    this.cursor = bucket + 1;
    // With nothing left far, the buckets go: every new event is near until the next spill.
    if (this.size === 0) this.bucketCount = 0;
    return bucket;
  }

  /** Moves every event to the overflow, to be rebuilt into new buckets (add more with bucket = Infinity). */
  takeAll(): void {
    const nodes = this.nodes;
    for (let bucket = this.cursor; bucket < this.bucketCount; bucket++) {
      for (let node = this.heads[bucket]; node >= 0; ) {
        const following = nodes[node + 2];
        this.pushOverflow(node);
        node = following;
      }
      this.heads[bucket] = -1;
    }
    this.bucketCount = 0;
  }

  /** Calls `visit` with every far event's order. */
  forEachOrder(visit: (order: number) => void): void {
    this.forEachNode((node) => visit(this.nodes[node + 1]));
  }

  /** Replaces every event's order by `map(order)`, which must keep their relative order. */
  mapOrders(map: (order: number) => number): void {
    this.forEachNode((node) => {
      this.nodes[node + 1] = map(this.nodes[node + 1]);
    });
  }

  private forEachNode(visit: (node: number) => void): void {
    const nodes = this.nodes;
    for (let bucket = this.cursor; bucket < this.bucketCount; bucket++) {
      for (let node = this.heads[bucket]; node >= 0; node = nodes[node + 2]) visit(node);
    }
    for (let node = this.overflowHead; node >= 0; node = nodes[node + 2]) visit(node);
  }

  /** The first non-empty bucket, or -1. */
  private firstBucket(): number {
    while (this.cursor < this.bucketCount && this.heads[this.cursor] < 0) this.cursor++;
    return this.cursor < this.bucketCount ? this.cursor : -1;
  }

  /**
   * New buckets of about EVENTS_PER_BUCKET events each over twice the
   * overflow's span (events keep coming after the latest one so far); the
   * overflow moves into them.
   */
  private rebuild(): void {
    const half = Math.min(MAX_BUCKETS / 2, Math.max(1, Math.ceil(this.overflowCount / EVENTS_PER_BUCKET)));
    const count = 2 * half;
    const span = this.overflowMax - this.overflowMin;
    let inverseWidth = span > 0 ? half / span : 0;
    // Keep the latest event inside the first half despite rounding.
    while (Math.floor(span * inverseWidth) >= half) inverseWidth *= 1 - 2 ** -20;
    if (this.heads.length < count) this.heads = new Int32Array(count);
    this.heads.fill(-1, 0, count);
    this.bucketCount = count;
    this.base = this.overflowMin;
    this.inverseWidth = inverseWidth;
    this.cursor = 0;
    const nodes = this.nodes;
    let node = this.overflowHead;
    this.overflowHead = -1;
    this.overflowCount = 0;
    this.overflowMin = Infinity;
    this.overflowMax = -Infinity;
    while (node >= 0) {
      const following = nodes[node + 2];
      const bucket = this.bucketOf(nodes[node]);
      nodes[node + 2] = this.heads[bucket];
      this.heads[bucket] = node;
      node = following;
    }
  }

  private pushOverflow(node: number): void {
    const time = this.nodes[node];
    this.nodes[node + 2] = this.overflowHead;
    this.overflowHead = node;
    this.overflowCount++;
    if (time < this.overflowMin) this.overflowMin = time;
    if (time > this.overflowMax) this.overflowMax = time;
  }

  private allocate(): number {
    const node = this.freeHead;
    if (node >= 0) {
      this.freeHead = this.nodes[node + 2];
      return node;
    }
    if (this.used === this.nodes.length) {
      const larger = new Float64Array(this.nodes.length * 2);
      larger.set(this.nodes);
      this.nodes = larger;
    }
    const fresh = this.used;
    this.used += NODE;
    return fresh;
  }

  private release(node: number): void {
    this.nodes[node + 2] = this.freeHead;
    this.freeHead = node;
  }
}
