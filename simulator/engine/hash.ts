// Small integer hashes: stable across runs and platforms, used for RSS,
// FALCON placement and for deriving independent random streams.

/** A 32-bit avalanche mix (the MurmurHash3 finaliser). */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Hash of two 32-bit values. */
export function hash2(a: number, b: number): number {
  return mix32((mix32(a) ^ Math.imul(b | 0, 0x9e3779b1)) >>> 0);
}

/** FNV-1a of a string's UTF-16 code units, then mixed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h >>> 0);
}
