// The tokens of the hostnet language and `tokenize`, which never throws: bad
// characters become errors with a span. Comments are returned apart from the
// tokens, so the parser never sees them but the AST keeps them.
//
// Token types are Chevrotain token types (categories, labels, `tokenMatcher`
// all work), but the scanning is a hand-written loop: Chevrotain's own Lexer
// took about four times as long on a 5,000-line file, and the language server
// lexes on every keystroke.

import { createToken, type IToken, type TokenType } from './chevrotain';
import { BLOCK_KEYWORDS } from '../catalog/types';
import { UNIT_TEXTS } from '../catalog/units';
import type { Comment, SyntaxError } from './ast';
import { ErrorCollector } from './errors';

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

export const StringToken = createToken({ name: 'String', label: 'string' });
/** A string missing its closing quote runs to the end of the line. */
export const UnterminatedString = createToken({ name: 'UnterminatedString', label: 'string' });
/** A number with its unit: `3GHz`, `8 us`, `0.1ns/B`, `80%`. Its payload says where the unit starts. */
export const Quantity = createToken({ name: 'Quantity', label: 'quantity' });
export const NumberToken = createToken({ name: 'Number', label: 'number' });
export const Identifier = createToken({ name: 'Identifier', label: 'name' });
/** One of `KEYWORDS`. */
export const Keyword = createToken({ name: 'Keyword', label: 'keyword' });
export const LCurly = createToken({ name: 'LCurly', label: '{' });
export const RCurly = createToken({ name: 'RCurly', label: '}' });
export const LBracket = createToken({ name: 'LBracket', label: '[' });
export const RBracket = createToken({ name: 'RBracket', label: ']' });
export const Comma = createToken({ name: 'Comma', label: ',' });
export const Semicolon = createToken({ name: 'Semicolon', label: ';' });
export const Dot = createToken({ name: 'Dot', label: '.' });
export const BiArrow = createToken({ name: 'BiArrow', label: '<->' });
export const Equals = createToken({ name: 'Equals', label: '=' });
/** Only to report `-1` clearly: the language has no negative numbers. */
export const Minus = createToken({ name: 'Minus', label: '-' });
/** A run of characters that start no token; the lexer has reported it, so the parser skips it silently. */
export const Unknown = createToken({ name: 'Unknown', label: 'unexpected characters' });
/** The category of the six comparison operators of `expect`. */
export const Comparison = createToken({ name: 'Comparison', label: 'comparison' });
export const LessEqual = createToken({ name: 'LessEqual', label: '<=', categories: Comparison });
export const Less = createToken({ name: 'Less', label: '<', categories: Comparison });
export const GreaterEqual = createToken({ name: 'GreaterEqual', label: '>=', categories: Comparison });
export const Greater = createToken({ name: 'Greater', label: '>', categories: Comparison });
export const EqualEqual = createToken({ name: 'EqualEqual', label: '==', categories: Comparison });
export const NotEqual = createToken({ name: 'NotEqual', label: '!=', categories: Comparison });

const comparisons: ReadonlySet<TokenType> = new Set([LessEqual, Less, GreaterEqual, Greater, EqualEqual, NotEqual]);

export function isComparison(token: IToken): boolean {
  return comparisons.has(token.tokenType);
}

/** Where a quantity token's number ends and its unit starts, relative to the token. */
export interface QuantityParts {
  numberEnd: number;
  unitStart: number;
}

export interface Token extends IToken {
  /** True when a line break separates this token from the previous one (always true for the first). */
  afterNewline: boolean;
  payload: QuantityParts | undefined;
}

export interface LexResult {
  /** The parser's input: every token except whitespace and comments. */
  tokens: Token[];
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

const SINGLE_CHARACTER_TOKENS: ReadonlyMap<number, TokenType> = new Map([
  [Char.LCurly, LCurly],
  [Char.RCurly, RCurly],
  [Char.LBracket, LBracket],
  [Char.RBracket, RBracket],
  [Char.Comma, Comma],
  [Char.Semicolon, Semicolon],
  [Char.Dot, Dot],
  [Char.Minus, Minus],
]);

export function tokenize(text: string): LexResult {
  return new Scanner(text).run();
}

class Scanner {
  private readonly tokens: Token[] = [];
  private readonly comments: Comment[] = [];
  private readonly errors = new ErrorCollector();
  private afterNewline = true;
  private pos = 0;

  constructor(private readonly text: string) {}

  run(): LexResult {
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
        let end = start + 1;
        while (isIdentChar(text.charCodeAt(end))) end++;
        const word = text.slice(start, end);
        this.push(keywordSet.has(word) ? Keyword : Identifier, start, end, word);
      } else if (isDigit(code)) {
        this.scanNumberOrQuantity(start);
      } else {
        this.scanPunctuation(start, code);
      }
    }
    return { tokens: this.tokens, comments: this.comments, errors: this.errors.kept, droppedErrors: this.errors.dropped };
  }

  private scanNumberOrQuantity(start: number): void {
    const text = this.text;
    const numberEnd = scanNumber(text, start);
    let unitStart = numberEnd;
    while (isSpaceOrTab(text.charCodeAt(unitStart))) unitStart++;
    const unit = unitAt(text, unitStart);
    if (unit === undefined || (unitStart > numberEnd && assignmentFollows(text, unitStart + unit.length))) {
      this.push(NumberToken, start, numberEnd);
      return;
    }
    const token = this.push(Quantity, start, unitStart + unit.length);
    token.payload = { numberEnd: numberEnd - start, unitStart: unitStart - start };
  }

  private scanPunctuation(start: number, code: number): void {
    const single = SINGLE_CHARACTER_TOKENS.get(code);
    if (single) {
      this.push(single, start, start + 1);
      return;
    }
    const next = this.text.charCodeAt(start + 1);
    const equalsNext = next === Char.Equals;
    switch (code) {
      case Char.Equals:
        this.push(equalsNext ? EqualEqual : Equals, start, equalsNext ? start + 2 : start + 1);
        return;
      case Char.Greater:
        this.push(equalsNext ? GreaterEqual : Greater, start, equalsNext ? start + 2 : start + 1);
        return;
      case Char.Less:
        if (next === Char.Minus && this.text.charCodeAt(start + 2) === Char.Greater) this.push(BiArrow, start, start + 3);
        else this.push(equalsNext ? LessEqual : Less, start, equalsNext ? start + 2 : start + 1);
        return;
      case Char.Bang:
        if (!equalsNext) break;
        this.push(NotEqual, start, start + 2);
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

  private scanString(start: number): void {
    const text = this.text;
    let i = start + 1;
    for (;;) {
      const code = text.charCodeAt(i);
      if (code === Char.Quote) {
        this.push(StringToken, start, i + 1);
        return;
      }
      if (Number.isNaN(code) || code === Char.LineFeed || code === Char.CarriageReturn) {
        this.push(UnterminatedString, start, i);
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
    this.push(Unknown, start, end);
  }

  private addComment(style: Comment['style'], start: number, end: number): void {
    this.comments.push({ type: 'Comment', span: { start, end }, style, text: this.text.slice(start, end) });
    this.pos = end;
  }

  private push(type: TokenType, start: number, end: number, image = this.text.slice(start, end)): Token {
    const token: Token = {
      image,
      startOffset: start,
      endOffset: end - 1,
      tokenType: type,
      tokenTypeIdx: type.tokenTypeIdx as number,
      afterNewline: this.afterNewline,
      payload: undefined,
    };
    this.tokens.push(token);
    this.afterNewline = false;
    this.pos = end;
    return token;
  }
}
