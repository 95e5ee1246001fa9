// Seeded pseudo-random numbers: xoshiro128** (32-bit state words, fast with
// Math.imul). Every consumer gets its own stream derived from the run seed
// and a stable name, so adding a traffic source or a stage never changes the
// numbers another one draws.
import { hash2, hashString } from './hash';

const TWO_POW_32 = 4294967296;

export class Random {
  /** xoshiro128** state, in a typed array so updates never allocate. */
  private readonly state = new Uint32Array(4);

  constructor(seed: number) {
    // splitmix32 fills the state so nearby seeds give unrelated streams.
    let s = seed >>> 0;
    for (let i = 0; i < 4; i++) {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      this.state[i] = z ^ (z >>> 16);
    }
    if ((this.state[0] | this.state[1] | this.state[2] | this.state[3]) === 0) this.state[0] = 1;
  }

  /** A stream for `name` under the run seed. */
  static stream(seed: number, name: string): Random {
    const low = seed >>> 0;
    const high = Math.floor(seed / TWO_POW_32) >>> 0;
    return new Random(hash2(hash2(low, high), hashString(name)));
  }

  /** Uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const state = this.state;
    const b = state[1];
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    state[2] ^= state[0];
    state[3] ^= b;
    state[1] ^= state[2];
    state[0] ^= state[3];
    state[2] ^= t;
    state[3] = rotl(state[3], 11);
    return result;
  }

  /** Uniform in (0, 1): never exactly 0 or 1, so log() is always finite. */
  nextOpen(): number {
    return (this.nextUint32() + 0.5) / TWO_POW_32;
  }

  /** Exponential with the given mean. */
  exponential(mean: number): number {
    return -Math.log(this.nextOpen()) * mean;
  }

  /** Uniform integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.nextOpen() * n);
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
