// A log-linear (HDR-style) histogram of non-negative integer values
// (picoseconds). Each power of two is split into 2^subBits equal buckets, so
// a bucket is at most 1/2^subBits of its value wide: with the default 7 bits
// a reported percentile (the bucket's midpoint) is within 0.4% of the truth.
// The size is fixed (values up to 2^53), never growing with the run.
// A value's bucket comes from the bits of its float64 form: the exponent
// gives the power of two and the top mantissa bits the bucket within it.

const MAX_EXPONENT = 53;
/** The float64 exponent bias: a value in [2^e, 2^(e+1)) has biased exponent e + 1023. */
const EXPONENT_BIAS = 1023;
/** Mantissa bits in the high 32-bit word of a float64. */
const HIGH_MANTISSA_BITS = 20;

// One float64 seen as two 32-bit words (little-endian: the high word, with
// the exponent and the top mantissa bits, is word 1).
const float = new Float64Array(1);
const words = new Int32Array(float.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

export class LogHistogram {
  readonly subBits: number;
  private readonly subCount: number;
  /** Subtracted from a value's high word, shifted, to give its bucket (see indexOf). */
  private readonly indexOffset: number;
  readonly counts: Float64Array;
  total = 0;
  sum = 0;
  min = Infinity;
  max = -Infinity;
  /** Lowest and highest bucket touched since the last reset, for a cheap reset. */
  private low = Infinity;
  private high = -1;

  constructor(subBits = 7) {
    this.subBits = subBits;
    this.subCount = 1 << subBits;
    this.indexOffset = (EXPONENT_BIAS - 1 + subBits) << subBits;
    this.counts = new Float64Array((MAX_EXPONENT - subBits + 2) * this.subCount);
  }

  record(value: number, weight = 1): void {
    const v = value > 0 ? value : 0;
    const index = this.indexOf(v);
    this.counts[index] += weight;
    if (index < this.low) this.low = index;
    if (index > this.high) this.high = index;
    this.total += weight;
    this.sum += v * weight;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
  }

  /**
   * Below 2^subBits a bucket per integer; above, value = 2^e × 1.m falls in
   * bucket (e − subBits + 1) × 2^subBits + (the top subBits bits of m), which
   * is the high word shifted right, less a constant.
   */
  indexOf(value: number): number {
    if (value < this.subCount) return Math.floor(value);
    float[0] = value;
    return (words[HIGH] >>> (HIGH_MANTISSA_BITS - this.subBits)) - this.indexOffset;
  }

  /** Lower edge of bucket `index`. */
  lowerEdge(index: number): number {
    const sub = this.subCount;
    if (index < 2 * sub) return index;
    const shift = Math.floor(index / sub) - 1;
    return (index - shift * sub) * 2 ** shift;
  }

  /** Upper edge (exclusive) of bucket `index`. */
  upperEdge(index: number): number {
    return this.lowerEdge(index + 1);
  }

  mean(): number {
    return this.total > 0 ? this.sum / this.total : NaN;
  }

  /** The q-quantile (0 < q ≤ 1): the midpoint of its bucket, kept within [min, max]. */
  quantile(q: number): number {
    if (this.total === 0) return NaN;
    const rank = Math.max(1, Math.ceil(q * this.total));
    let seen = 0;
    for (let i = this.low; i <= this.high; i++) {
      seen += this.counts[i];
      if (seen >= rank) {
        const mid = i < this.subCount ? i : (this.lowerEdge(i) + this.upperEdge(i)) / 2;
        return Math.min(this.max, Math.max(this.min, mid));
      }
    }
    return this.max;
  }

  /** Adds another histogram of the same resolution into this one. */
  merge(other: LogHistogram): void {
    if (other.total === 0) return;
    for (let i = other.low; i <= other.high; i++) this.counts[i] += other.counts[i];
    this.low = Math.min(this.low, other.low);
    this.high = Math.max(this.high, other.high);
    this.total += other.total;
    this.sum += other.sum;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
  }

  reset(): void {
    if (this.high >= 0) this.counts.fill(0, this.low, this.high + 1);
    this.low = Infinity;
    this.high = -1;
    this.total = 0;
    this.sum = 0;
    this.min = Infinity;
    this.max = -Infinity;
  }

  /** Non-empty buckets as (upper edge, count), merged down to 2^bits buckets per power of two. */
  buckets(bits = 5): { edges: number[]; counts: number[] } {
    const edges: number[] = [];
    const counts: number[] = [];
    if (this.total === 0) return { edges, counts };
    const coarse = new LogHistogram(Math.min(bits, this.subBits));
    let lastIndex = -1;
    for (let i = this.low; i <= this.high; i++) {
      const count = this.counts[i];
      if (count === 0) continue;
      const index = coarse.indexOf(this.lowerEdge(i));
      if (index === lastIndex) {
        counts[counts.length - 1] += count;
      } else {
        edges.push(coarse.upperEdge(index));
        counts.push(count);
        lastIndex = index;
      }
    }
    return { edges, counts };
  }
}
