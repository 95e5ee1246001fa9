// The tokens of the hostnet language (Chevrotain 11) and `tokenize`, which
// never throws: bad characters become errors with a span. Comments are lexed
// into their own group so the parser never sees them but the AST keeps them.

import { createToken, Lexer, type IToken, type TokenType } from './chevrotain';
import { UNIT_TEXTS } from '../catalog/units';
import type { Comment, SyntaxError } from './ast';

/** Words that open a block. Each may also be a property name when followed by `=`. */
export const BLOCK_KEYWORDS = [
  'import',
  'host',
  'cpu',
  'nic',
  'container',
  'link',
  'chain',
  'stage',
  'traffic',
  'scenario',
  'sweep',
  'expect',
  'on',
] as const;

export type BlockKeyword = (typeof BLOCK_KEYWORDS)[number];

const keywordSet: ReadonlySet<string> = new Set(BLOCK_KEYWORDS);

export function isBlockKeyword(word: string): word is BlockKeyword {
  return keywordSet.has(word);
}

const COMMENTS = 'comments';
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isIdentChar(code: number): boolean {
  return (
    (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || isDigit(code) || code === 95 /* _ */ || code === 45 /* - */
  );
}

/** End of the number starting at `offset` (`42`, `3.5`, `1e6`, `2.5E-3`), or `offset` if there is none. */
export function scanNumber(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  if (i === offset) return offset;
  if (text.charCodeAt(i) === 46 /* . */ && isDigit(text.charCodeAt(i + 1))) {
    i += 2;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  }
  const e = text.charCodeAt(i);
  if (e === 101 /* e */ || e === 69 /* E */) {
    let j = i + 1;
    const sign = text.charCodeAt(j);
    if (sign === 43 /* + */ || sign === 45 /* - */) j++;
    if (isDigit(text.charCodeAt(j))) {
      while (j < text.length && isDigit(text.charCodeAt(j))) j++;
      i = j;
    }
  }
  return i;
}

/** Where a quantity token's number ends and its unit starts. */
export interface QuantityParts {
  numberEnd: number;
  unitStart: number;
}

/**
 * The unit at `offset`, if one is written there and ends at a word boundary
 * (so `8 stage` is not `8 s` + `tage`). Units come from the catalog, longest first.
 */
function unitAt(text: string, offset: number): string | undefined {
  for (const unit of UNIT_TEXTS) {
    if (!text.startsWith(unit, offset)) continue;
    const endsInWord = isIdentChar(unit.charCodeAt(unit.length - 1));
    if (endsInWord && isIdentChar(text.charCodeAt(offset + unit.length))) continue;
    return unit;
  }
  return undefined;
}

/** True when only spaces/tabs and then a lone `=` follow: `8  s = 2` is the number 8, then a property `s`. */
function assignmentFollows(text: string, offset: number): boolean {
  let i = offset;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return text.charCodeAt(i) === 61 /* = */ && text.charCodeAt(i + 1) !== 61;
}

function matchQuantity(text: string, offset: number): ([string] & { payload: QuantityParts }) | null {
  const numberEnd = scanNumber(text, offset);
  if (numberEnd === offset) return null;
  let unitStart = numberEnd;
  while (text.charCodeAt(unitStart) === 32 || text.charCodeAt(unitStart) === 9) unitStart++;
  const unit = unitAt(text, unitStart);
  if (unit === undefined) return null;
  const end = unitStart + unit.length;
  if (unitStart > numberEnd && assignmentFollows(text, end)) return null;
  const match = [text.slice(offset, end)] as [string] & { payload: QuantityParts };
  match.payload = { numberEnd: numberEnd - offset, unitStart: unitStart - offset };
  return match;
}

function matchNumber(text: string, offset: number): [string] | null {
  const end = scanNumber(text, offset);
  return end === offset ? null : [text.slice(offset, end)];
}

export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  pattern: /[ \t\r\n\f\v\u00a0\ufeff]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
export const LineComment = createToken({ name: 'LineComment', pattern: /(?:\/\/|#)[^\r\n]*/, group: COMMENTS });
export const BlockComment = createToken({
  name: 'BlockComment',
  pattern: /\/\*[\s\S]*?\*\//,
  group: COMMENTS,
  line_breaks: true,
});
export const UnterminatedBlockComment = createToken({
  name: 'UnterminatedBlockComment',
  pattern: /\/\*[\s\S]*/,
  group: COMMENTS,
  line_breaks: true,
});
export const StringToken = createToken({ name: 'String', pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*"/ });
/** A string missing its closing quote runs to the end of the line. */
export const UnterminatedString = createToken({
  name: 'UnterminatedString',
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n]?)*/,
});
/** A number with its unit: `3GHz`, `8 us`, `0.1ns/B`, `80%`. The payload says where the unit starts. */
export const Quantity = createToken({
  name: 'Quantity',
  pattern: { exec: matchQuantity },
  start_chars_hint: DIGITS,
  line_breaks: false,
});
export const NumberToken = createToken({
  name: 'Number',
  pattern: { exec: matchNumber },
  start_chars_hint: DIGITS,
  line_breaks: false,
});
export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_][A-Za-z0-9_-]*/ });
export const Keyword = createToken({
  name: 'Keyword',
  pattern: new RegExp(BLOCK_KEYWORDS.join('|')),
  longer_alt: Identifier,
});
export const LCurly = createToken({ name: 'LCurly', pattern: '{', label: '{' });
export const RCurly = createToken({ name: 'RCurly', pattern: '}', label: '}' });
export const LBracket = createToken({ name: 'LBracket', pattern: '[', label: '[' });
export const RBracket = createToken({ name: 'RBracket', pattern: ']', label: ']' });
export const Comma = createToken({ name: 'Comma', pattern: ',', label: ',' });
export const Semicolon = createToken({ name: 'Semicolon', pattern: ';', label: ';' });
export const Dot = createToken({ name: 'Dot', pattern: '.', label: '.' });
export const BiArrow = createToken({ name: 'BiArrow', pattern: '<->', label: '<->' });
/** The category of the six comparison operators of `expect`. */
export const Comparison = createToken({ name: 'Comparison', pattern: Lexer.NA });
export const LessEqual = createToken({ name: 'LessEqual', pattern: '<=', categories: Comparison });
export const Less = createToken({ name: 'Less', pattern: '<', categories: Comparison });
export const GreaterEqual = createToken({ name: 'GreaterEqual', pattern: '>=', categories: Comparison });
export const Greater = createToken({ name: 'Greater', pattern: '>', categories: Comparison });
export const EqualEqual = createToken({ name: 'EqualEqual', pattern: '==', categories: Comparison });
export const NotEqual = createToken({ name: 'NotEqual', pattern: '!=', categories: Comparison });
export const Equals = createToken({ name: 'Equals', pattern: '=', label: '=' });
/** Only to report `-1` clearly: the language has no negative numbers. */
export const Minus = createToken({ name: 'Minus', pattern: '-', label: '-' });

const COMPARISONS: TokenType[] = [LessEqual, Less, GreaterEqual, Greater, EqualEqual, NotEqual];
const comparisonSet: ReadonlySet<TokenType> = new Set(COMPARISONS);

/** Order matters: the first pattern that matches wins (so `<->` before `<=` before `<`). */
export const ALL_TOKENS: TokenType[] = [
  WhiteSpace,
  LineComment,
  BlockComment,
  UnterminatedBlockComment,
  StringToken,
  UnterminatedString,
  Quantity,
  NumberToken,
  Keyword,
  Identifier,
  LCurly,
  RCurly,
  LBracket,
  RBracket,
  Comma,
  Semicolon,
  Dot,
  BiArrow,
  Comparison,
  ...COMPARISONS,
  Equals,
  Minus,
];

const lexer = new Lexer(ALL_TOKENS, { positionTracking: 'onlyOffset', ensureOptimizations: true });

export function isComparison(token: IToken): boolean {
  return comparisonSet.has(token.tokenType);
}

export interface LexResult {
  /** The parser's input: every token except whitespace and comments. */
  tokens: IToken[];
  comments: Comment[];
  errors: SyntaxError[];
}

export function tokenize(text: string): LexResult {
  const result = lexer.tokenize(text);
  const errors: SyntaxError[] = result.errors.map((error) => {
    const bad = text.substr(error.offset, error.length);
    const shown = bad.length > 20 ? `${bad.slice(0, 20)}…` : bad;
    return {
      message: `unexpected ${bad.length === 1 ? 'character' : 'characters'} \`${shown}\``,
      span: { start: error.offset, end: error.offset + error.length },
    };
  });
  const comments: Comment[] = (result.groups[COMMENTS] ?? []).map((token) => {
    const span = { start: token.startOffset, end: token.startOffset + token.image.length };
    if (token.tokenType === UnterminatedBlockComment) {
      errors.push({ message: 'unterminated block comment: `*/` expected', span: { start: span.start, end: span.start + 2 } });
    }
    return { type: 'Comment', span, style: token.tokenType === LineComment ? 'line' : 'block', text: token.image };
  });
  for (const token of result.tokens) {
    if (token.tokenType !== UnterminatedString) continue;
    errors.push({
      message: 'unterminated string: `"` expected before the end of the line',
      span: { start: token.startOffset, end: token.startOffset + token.image.length },
    });
  }
  errors.sort((a, b) => a.span.start - b.span.start);
  return { tokens: result.tokens, comments, errors };
}
