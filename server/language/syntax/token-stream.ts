// The scanner's output as parallel typed arrays, one slot per token: the
// parser reads kinds and offsets by index instead of walking one object per
// token. A 5,000-line file has about 26,000 tokens; as objects they were
// about 4 MB of garbage on every keystroke, and most of the parse time went
// into collecting it. `tokenize` (lexer.ts) still hands out `Token` objects
// for the formatter and the semantic tokens.

/** What a token is. The six comparisons are contiguous, from `LessEqual` to `NotEqual`. */
export enum TokenKind {
  String,
  UnterminatedString,
  Quantity,
  Number,
  Identifier,
  Keyword,
  LCurly,
  RCurly,
  LBracket,
  RBracket,
  Comma,
  Semicolon,
  Dot,
  BiArrow,
  Equals,
  Minus,
  Unknown,
  LessEqual,
  Less,
  GreaterEqual,
  Greater,
  EqualEqual,
  NotEqual,
}

export class TokenStream {
  count = 0;
  kinds: Uint8Array;
  starts: Int32Array;
  /** Exclusive end offsets. */
  ends: Int32Array;
  /** 1 when a line break separates the token from the previous one (always 1 for the first). */
  afterNewline: Uint8Array;
  /** Quantities only: where the number part ends (the unit is the last `texts[i].length` characters). */
  numberEnds: Int32Array;
  /** Words: their text, interned (words.ts). Quantities: their unit as the catalog spells it. */
  texts: (string | undefined)[] = [];

  constructor(expected: number) {
    const capacity = Math.max(16, expected);
    this.kinds = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.afterNewline = new Uint8Array(capacity);
    this.numberEnds = new Int32Array(capacity);
  }

  /** Appends a token and returns its index. */
  push(kind: TokenKind, start: number, end: number, afterNewline: boolean, text: string | undefined): number {
    const index = this.count;
    if (index === this.kinds.length) this.grow();
    this.kinds[index] = kind;
    this.starts[index] = start;
    this.ends[index] = end;
    this.afterNewline[index] = afterNewline ? 1 : 0;
    this.texts.push(text);
    this.count = index + 1;
    return index;
  }

  private grow(): void {
    const capacity = this.kinds.length * 2;
    this.kinds = copyInto(new Uint8Array(capacity), this.kinds);
    this.starts = copyInto(new Int32Array(capacity), this.starts);
    this.ends = copyInto(new Int32Array(capacity), this.ends);
    this.afterNewline = copyInto(new Uint8Array(capacity), this.afterNewline);
    this.numberEnds = copyInto(new Int32Array(capacity), this.numberEnds);
  }
}

function copyInto<T extends Uint8Array | Int32Array>(target: T, source: T): T {
  target.set(source);
  return target;
}
