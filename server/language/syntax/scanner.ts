// The character scanner: text in, a `TokenStream` (token-stream.ts), the
// comments and the lexical errors out. Never throws: bad characters become
// errors with a span. Comments are returned apart from the tokens, so the
// parser never sees them but the AST keeps them.
//
// A hand-written loop: Chevrotain's own Lexer took about four times as long
// on a 5,000-line file, and the language server lexes on every keystroke.

import { UNIT_TEXTS } from '../catalog/units';
import type { Comment, SyntaxError } from './ast';
import { ErrorCollector } from './errors';
import { TokenKind, TokenStream } from './token-stream';
import * as words from './words';
import type { WordTable } from './words';

// Local copies: under CommonJS (tsx) every access through an import is a getter call, too slow for the hot loop.
const Kind = TokenKind;
const { VOCABULARY, WORD_HASH_SEED, hashStep, isKeyword } = words;

export interface Scanned {
  /** The parser's input: every token except whitespace and comments. */
  tokens: TokenStream;
  comments: Comment[];
  /** Lexical errors in source order, at most `MAX_ERRORS`. */
  errors: SyntaxError[];
  /** How many more lexical errors there were. */
  droppedErrors: number;
}

// ── character classes ──────────────────────────────────────────────────────

const enum Char {
  Tab = 9,
  LineFeed = 10,
  VerticalTab = 11,
  FormFeed = 12,
  CarriageReturn = 13,
  Space = 32,
  Bang = 33,
  Quote = 34,
  Hash = 35,
  Star = 42,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Digit0 = 48,
  Digit9 = 57,
  Semicolon = 59,
  Less = 60,
  Equals = 61,
  Greater = 62,
  UpperA = 65,
  UpperE = 69,
  UpperZ = 90,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
  Underscore = 95,
  LowerA = 97,
  LowerE = 101,
  LowerZ = 122,
  LCurly = 123,
  RCurly = 125,
  NoBreakSpace = 0xa0,
  ByteOrderMark = 0xfeff,
}

function isDigit(code: number): boolean {
  return code >= Char.Digit0 && code <= Char.Digit9;
}

function isIdentStart(code: number): boolean {
  return (code >= Char.LowerA && code <= Char.LowerZ) || (code >= Char.UpperA && code <= Char.UpperZ) || code === Char.Underscore;
}

function isIdentChar(code: number): boolean {
  return isIdentStart(code) || isDigit(code) || code === Char.Minus;
}

function isWhiteSpace(code: number): boolean {
  return (
    code === Char.Space ||
    code === Char.LineFeed ||
    code === Char.Tab ||
    code === Char.CarriageReturn ||
    code === Char.FormFeed ||
    code === Char.VerticalTab ||
    code === Char.NoBreakSpace ||
    code === Char.ByteOrderMark
  );
}

function isSpaceOrTab(code: number): boolean {
  return code === Char.Space || code === Char.Tab;
}

/** Characters that may start a token or a comment; a run of anything else is one "unexpected characters" error. */
function startsToken(code: number): boolean {
  if (isIdentStart(code) || isDigit(code) || isWhiteSpace(code)) return true;
  switch (code) {
    case Char.Quote:
    case Char.Hash:
    case Char.Slash:
    case Char.LCurly:
    case Char.RCurly:
    case Char.LBracket:
    case Char.RBracket:
    case Char.Comma:
    case Char.Semicolon:
    case Char.Dot:
    case Char.Equals:
    case Char.Less:
    case Char.Greater:
    case Char.Bang:
    case Char.Minus:
      return true;
    default:
      return false;
  }
}

// ── numbers and units ──────────────────────────────────────────────────────

/** End of the number starting at `offset` (`42`, `3.5`, `1e6`, `2.5E-3`), or `offset` if there is none. */
function scanNumber(text: string, offset: number): number {
  let i = offset;
  while (isDigit(text.charCodeAt(i))) i++;
  if (i === offset) return offset;
  if (text.charCodeAt(i) === Char.Dot && isDigit(text.charCodeAt(i + 1))) {
    i += 2;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  const e = text.charCodeAt(i);
  if (e === Char.LowerE || e === Char.UpperE) {
    let j = i + 1;
    const sign = text.charCodeAt(j);
    if (sign === Char.Plus || sign === Char.Minus) j++;
    if (isDigit(text.charCodeAt(j))) {
      while (isDigit(text.charCodeAt(j))) j++;
      i = j;
    }
  }
  return i;
}

/** The catalog's units grouped by first character, longest first within a group (`cycles/B` before `cycles`). */
const unitsByFirstChar = new Map<number, string[]>();
for (const unit of UNIT_TEXTS) {
  const code = unit.charCodeAt(0);
  const group = unitsByFirstChar.get(code) ?? [];
  group.push(unit);
  unitsByFirstChar.set(code, group);
}

/**
 * The unit written at `offset`, if it ends at a word boundary (so `8 stage`
 * is not `8 s` + `tage`).
 */
function unitAt(text: string, offset: number): string | undefined {
  const candidates = unitsByFirstChar.get(text.charCodeAt(offset));
  if (!candidates) return undefined;
  for (const unit of candidates) {
    if (!text.startsWith(unit, offset)) continue;
    const endsInWord = isIdentChar(unit.charCodeAt(unit.length - 1));
    if (endsInWord && isIdentChar(text.charCodeAt(offset + unit.length))) continue;
    return unit;
  }
  return undefined;
}

/** True when only spaces or tabs and then a lone `=` follow: in `8  s = 2`, `s` is the next key, not a unit. */
function assignmentFollows(text: string, offset: number): boolean {
  let i = offset;
  while (isSpaceOrTab(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === Char.Equals && text.charCodeAt(i + 1) !== Char.Equals;
}

// ── the scanner ────────────────────────────────────────────────────────────

/** Kinds of the one-character tokens, by character code (-1: none). */
const SINGLE_CHARACTER_KINDS = new Int8Array(128).fill(-1);
SINGLE_CHARACTER_KINDS[Char.LCurly] = Kind.LCurly;
SINGLE_CHARACTER_KINDS[Char.RCurly] = Kind.RCurly;
SINGLE_CHARACTER_KINDS[Char.LBracket] = Kind.LBracket;
SINGLE_CHARACTER_KINDS[Char.RBracket] = Kind.RBracket;
SINGLE_CHARACTER_KINDS[Char.Comma] = Kind.Comma;
SINGLE_CHARACTER_KINDS[Char.Semicolon] = Kind.Semicolon;
SINGLE_CHARACTER_KINDS[Char.Dot] = Kind.Dot;
SINGLE_CHARACTER_KINDS[Char.Minus] = Kind.Minus;

export function scan(text: string): Scanned {
  return new Scanner(text).run();
}

class Scanner {
  private readonly tokens: TokenStream;
  private readonly words: WordTable = VOCABULARY.copy();
  private readonly comments: Comment[] = [];
  private readonly errors = new ErrorCollector();
  private afterNewline = true;
  private pos = 0;

  constructor(private readonly text: string) {
    // Source files average about five characters a token: start there and grow if needed.
    this.tokens = new TokenStream((text.length >> 2) + 16);
  }

  run(): Scanned {
    const text = this.text;
    const length = text.length;
    while (this.pos < length) {
      const start = this.pos;
      const code = text.charCodeAt(start);
      if (code === Char.LineFeed) {
        this.afterNewline = true;
        this.pos++;
      } else if (isWhiteSpace(code)) {
        this.pos++;
      } else if (isIdentStart(code)) {
        this.scanWord(start, code);
      } else if (isDigit(code)) {
        this.scanNumberOrQuantity(start);
      } else {
        this.scanPunctuation(start, code);
      }
    }
    return { tokens: this.tokens, comments: this.comments, errors: this.errors.kept, droppedErrors: this.errors.dropped };
  }

  private scanWord(start: number, first: number): void {
    const text = this.text;
    let hash = hashStep(WORD_HASH_SEED, first);
    let end = start + 1;
    for (let code = text.charCodeAt(end); isIdentChar(code); code = text.charCodeAt(++end)) hash = hashStep(hash, code);
    const word = this.words.intern(text, start, end, hash);
    this.push(isKeyword(word) ? Kind.Keyword : Kind.Identifier, start, end, word);
  }

  private scanNumberOrQuantity(start: number): void {
    const text = this.text;
    const numberEnd = scanNumber(text, start);
    let unitStart = numberEnd;
    while (isSpaceOrTab(text.charCodeAt(unitStart))) unitStart++;
    const unit = unitAt(text, unitStart);
    if (unit === undefined || (unitStart > numberEnd && assignmentFollows(text, unitStart + unit.length))) {
      this.push(Kind.Number, start, numberEnd, undefined);
      return;
    }
    const index = this.push(Kind.Quantity, start, unitStart + unit.length, unit);
    this.tokens.numberEnds[index] = numberEnd;
  }

  private scanPunctuation(start: number, code: number): void {
    const single = code < 128 ? SINGLE_CHARACTER_KINDS[code] : -1;
    if (single >= 0) {
      this.push(single, start, start + 1, undefined);
      return;
    }
    const next = this.text.charCodeAt(start + 1);
    const equalsNext = next === Char.Equals;
    switch (code) {
      case Char.Equals:
        this.pushOperator(equalsNext ? Kind.EqualEqual : Kind.Equals, start, equalsNext ? 2 : 1);
        return;
      case Char.Greater:
        this.pushOperator(equalsNext ? Kind.GreaterEqual : Kind.Greater, start, equalsNext ? 2 : 1);
        return;
      case Char.Less:
        if (next === Char.Minus && this.text.charCodeAt(start + 2) === Char.Greater) this.pushOperator(Kind.BiArrow, start, 3);
        else this.pushOperator(equalsNext ? Kind.LessEqual : Kind.Less, start, equalsNext ? 2 : 1);
        return;
      case Char.Bang:
        if (!equalsNext) break;
        this.pushOperator(Kind.NotEqual, start, 2);
        return;
      case Char.Quote:
        return this.scanString(start);
      case Char.Hash:
        return this.scanLineComment(start);
      case Char.Slash:
        if (next === Char.Slash) return this.scanLineComment(start);
        if (next === Char.Star) return this.scanBlockComment(start);
        break;
    }
    this.scanBadCharacters(start);
  }

  private pushOperator(kind: TokenKind, start: number, length: number): void {
    this.push(kind, start, start + length, undefined);
  }

  private scanString(start: number): void {
    const text = this.text;
    let i = start + 1;
    for (;;) {
      const code = text.charCodeAt(i);
      if (code === Char.Quote) {
        this.push(Kind.String, start, i + 1, undefined);
        return;
      }
      if (Number.isNaN(code) || code === Char.LineFeed || code === Char.CarriageReturn) {
        this.push(Kind.UnterminatedString, start, i, undefined);
        this.errors.add({ start, end: i }, 'unterminated string: `"` expected before the end of the line');
        return;
      }
      if (code === Char.Backslash) {
        const escaped = text.charCodeAt(i + 1);
        // A backslash at the end of the line escapes nothing; the string is unterminated.
        if (!Number.isNaN(escaped) && escaped !== Char.LineFeed && escaped !== Char.CarriageReturn) i++;
      }
      i++;
    }
  }

  private scanLineComment(start: number): void {
    const text = this.text;
    let end = start;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (code === Char.LineFeed || code === Char.CarriageReturn) break;
      end++;
    }
    this.addComment('line', start, end);
  }

  private scanBlockComment(start: number): void {
    const close = this.text.indexOf('*/', start + 2);
    const end = close === -1 ? this.text.length : close + 2;
    if (close === -1) this.errors.add({ start, end: start + 2 }, 'unterminated block comment: `*/` expected');
    if (this.text.lastIndexOf('\n', end - 1) >= start) this.afterNewline = true;
    this.addComment('block', start, end);
  }

  private scanBadCharacters(start: number): void {
    let end = start + 1;
    while (end < this.text.length && !startsToken(this.text.charCodeAt(end))) end++;
    const bad = this.text.slice(start, end);
    const shown = bad.length > 20 ? `${bad.slice(0, 20)}…` : bad;
    const message = `unexpected ${bad.length === 1 ? 'character' : 'characters'} \`${shown}\``;
    this.errors.add({ start, end }, message);
    this.push(Kind.Unknown, start, end, undefined);
  }

  private addComment(style: Comment['style'], start: number, end: number): void {
    this.comments.push({ type: 'Comment', span: { start, end }, style, text: this.text.slice(start, end) });
    this.pos = end;
  }

  private push(kind: TokenKind, start: number, end: number, text: string | undefined): number {
    const index = this.tokens.push(kind, start, end, this.afterNewline, text);
    this.afterNewline = false;
    this.pos = end;
    return index;
  }
}
