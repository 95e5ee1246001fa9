// The words of a document, interned: every occurrence of a word shares one
// string, and a word the catalog spells (a keyword, a property, an enum value,
// a stage kind) is the catalog's own string. So the scanner slices each
// distinct word once, not once per occurrence, and the many lookups of names
// in the catalog's and the scope's maps compare pointers instead of characters.
import { BLOCKS } from '../catalog/blocks';
import { BLOCK_KEYWORDS } from '../catalog/types';
import { ALL_ENUMS } from '../catalog/enums';
import { SIZE_DISTRIBUTIONS } from '../catalog/ethernet';
import { METRICS } from '../catalog/metrics';
import { STAGE_KINDS } from '../catalog/stages';

/**
 * Words the parser treats as keywords: the catalog's block keywords plus
 * `import` and `on` (in `chain NAME on HOST`). Each may also be a property
 * name when followed by `=`.
 */
export const KEYWORDS = ['import', ...BLOCK_KEYWORDS, 'on'] as const;

export type Keyword = (typeof KEYWORDS)[number];

const keywordSet: ReadonlySet<string> = new Set(KEYWORDS);

export function isKeyword(word: string): word is Keyword {
  return keywordSet.has(word);
}

/** FNV-1a over UTF-16 code units; the scanner folds each character in as it reads the word. */
export const WORD_HASH_SEED = 0x811c9dc5 | 0;

export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619);
}

function hashOf(word: string): number {
  let hash = WORD_HASH_SEED;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

/** An open-addressing hash set of strings, looked up by a slice of a text without making the slice. */
export class WordTable {
  private hashes: Int32Array;
  private words: (string | undefined)[];
  private size = 0;

  /** `capacity` must be a power of two. */
  constructor(capacity = 1024) {
    this.hashes = new Int32Array(capacity);
    this.words = new Array<string | undefined>(capacity).fill(undefined);
  }

  /** A table holding the same words, to add a document's own to. */
  copy(): WordTable {
    const table = new WordTable(0);
    table.hashes = this.hashes.slice();
    table.words = this.words.slice();
    table.size = this.size;
    return table;
  }

  add(word: string): void {
    this.intern(word, 0, word.length, hashOf(word));
  }

  /** The word `text.slice(start, end)`, whose hash is `hash`: the table's copy, or the slice, added. */
  intern(text: string, start: number, end: number, hash: number): string {
    const mask = this.words.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const word = this.words[slot];
      if (word === undefined) break;
      if (this.hashes[slot] === hash && word.length === length && text.startsWith(word, start)) return word;
    }
    const word = text.slice(start, end);
    this.insert(word, hash);
    return word;
  }

  private insert(word: string, hash: number): void {
    // At most half full, so probe runs stay short.
    if ((this.size + 1) * 2 > this.words.length) this.rehash(this.words.length * 2);
    const mask = this.words.length - 1;
    let slot = hash & mask;
    while (this.words[slot] !== undefined) slot = (slot + 1) & mask;
    this.words[slot] = word;
    this.hashes[slot] = hash;
    this.size++;
  }

  private rehash(capacity: number): void {
    const old = this.words;
    const oldHashes = this.hashes;
    this.words = new Array<string | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.size = 0;
    for (let slot = 0; slot < old.length; slot++) {
      const word = old[slot];
      if (word !== undefined) this.insert(word, oldHashes[slot]);
    }
  }
}

/** Every word the catalog spells; each document's table starts as a copy of this one. */
export const VOCABULARY = new WordTable();
for (const word of KEYWORDS) VOCABULARY.add(word);
for (const block of BLOCKS) for (const property of block.properties) VOCABULARY.add(property.name);
for (const spec of ALL_ENUMS) for (const value of spec.values) VOCABULARY.add(value.name);
for (const distribution of SIZE_DISTRIBUTIONS) VOCABULARY.add(distribution.name);
for (const stage of STAGE_KINDS) VOCABULARY.add(stage.kind);
for (const metric of METRICS) for (const segment of metric.segments) if ('literal' in segment) VOCABULARY.add(segment.literal);
