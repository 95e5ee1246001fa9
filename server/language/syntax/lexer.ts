// The tokens of the hostnet language as objects, for the formatter and the
// semantic tokens: `tokenize` runs the scanner (scanner.ts) and turns its
// token stream into `Token`s. The parser reads the stream itself.
//
// Token types are Chevrotain token types (categories, labels, `tokenMatcher`
// all work).

import { createToken, type IToken, type TokenType } from './chevrotain';
import type { Comment, SyntaxError } from './ast';
import { scan } from './scanner';
import { TokenKind, type TokenStream } from './token-stream';

export { KEYWORDS, isKeyword } from './words';

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

/** The token type of each `TokenKind`. */
const TOKEN_TYPES: Readonly<Record<TokenKind, TokenType>> = {
  [TokenKind.String]: StringToken,
  [TokenKind.UnterminatedString]: UnterminatedString,
  [TokenKind.Quantity]: Quantity,
  [TokenKind.Number]: NumberToken,
  [TokenKind.Identifier]: Identifier,
  [TokenKind.Keyword]: Keyword,
  [TokenKind.LCurly]: LCurly,
  [TokenKind.RCurly]: RCurly,
  [TokenKind.LBracket]: LBracket,
  [TokenKind.RBracket]: RBracket,
  [TokenKind.Comma]: Comma,
  [TokenKind.Semicolon]: Semicolon,
  [TokenKind.Dot]: Dot,
  [TokenKind.BiArrow]: BiArrow,
  [TokenKind.Equals]: Equals,
  [TokenKind.Minus]: Minus,
  [TokenKind.Unknown]: Unknown,
  [TokenKind.LessEqual]: LessEqual,
  [TokenKind.Less]: Less,
  [TokenKind.GreaterEqual]: GreaterEqual,
  [TokenKind.Greater]: Greater,
  [TokenKind.EqualEqual]: EqualEqual,
  [TokenKind.NotEqual]: NotEqual,
};

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
  /** Every token except whitespace and comments. */
  tokens: Token[];
  comments: Comment[];
  /** Lexical errors in source order, at most `MAX_ERRORS`. */
  errors: SyntaxError[];
  /** How many more lexical errors there were. */
  droppedErrors: number;
}

export function tokenize(text: string): LexResult {
  const { tokens, comments, errors, droppedErrors } = scan(text);
  return { tokens: tokenObjects(text, tokens), comments, errors, droppedErrors };
}

/** The scanner's tokens as objects. */
export function tokenObjects(text: string, stream: TokenStream): Token[] {
  const tokens: Token[] = [];
  const quantity = TokenKind.Quantity;
  for (let i = 0; i < stream.count; i++) {
    const start = stream.starts[i];
    const end = stream.ends[i];
    const kind = stream.kinds[i] as TokenKind;
    const type = TOKEN_TYPES[kind];
    // A quantity's text is its unit, which ends the token.
    const unitStart = kind === quantity ? end - stream.texts[i]!.length : undefined;
    tokens.push({
      image: text.slice(start, end),
      startOffset: start,
      endOffset: end - 1,
      tokenType: type,
      tokenTypeIdx: type.tokenTypeIdx as number,
      afterNewline: stream.afterNewline[i] === 1,
      payload: unitStart === undefined ? undefined : { numberEnd: stream.numberEnds[i] - start, unitStart: unitStart - start },
    });
  }
  return tokens;
}
