// A recursive-descent parser over the lexer's tokens. It never throws and never
// gives up: each problem becomes an error with a precise span, the parser
// skips to the next line (or `;`, or the enclosing `}`) and carries on, so one
// bad line never hides the rest of the file.
//
// Newlines matter in three places only, all for recovery: a value must start
// on the line of its `=` (so `rate =` does not swallow the next line's key),
// block header parts sit on the keyword's line, and an unknown word is skipped
// up to the end of its line.

import {
  pathText,
  type Block,
  type Comment,
  type Expectation,
  type HnetFile,
  type Ident,
  type Import,
  type Item,
  type List,
  type NumberLit,
  type Path,
  type PathSegment,
  type Property,
  type Span,
  type StringLit,
  type Value,
} from './ast';
import type { TokenType } from './chevrotain';
import { ErrorCollector, mergeErrors } from './errors';
import { decodeString, unitSuggestion } from './literals';
import * as lexer from './lexer';
import type { LexResult, Token } from './lexer';
import { LineIndex } from './text';

// Local copies: under CommonJS (tsx) every namespace access is a getter call, too slow for the hot loop.
const { BiArrow, Comma, Dot, Equals, Identifier, Keyword, LBracket, LCurly, Minus, NumberToken, Quantity } = lexer;
const { RBracket, RCurly, Semicolon, StringToken, Unknown, UnterminatedString, isComparison } = lexer;

/** Deeper nesting than this is reported and skipped (real files nest 3 or 4 levels). */
export const MAX_NESTING = 64;

const COMPARISON_LIST = '`<`, `<=`, `>`, `>=`, `==` or `!=`';
const MISPLACED_ON = 'unexpected `on`: it belongs in a `chain NAME on HOST` header';

/** Block keywords whose header is `KEYWORD NAME`. */
const NAMED_BLOCKS: ReadonlySet<string> = new Set(['host', 'nic', 'container', 'traffic', 'scenario', 'chain']);

export class HnetParser {
  private text = '';
  private tokens: Token[] = [];
  private pos = 0;
  /** End offset of the last consumed token. */
  private lastEnd = 0;
  private depth = 0;
  private errors = new ErrorCollector();
  private lines: LineIndex | undefined;

  parse(text: string, lexed: LexResult): HnetFile {
    this.text = text;
    this.tokens = lexed.tokens;
    this.pos = 0;
    this.lastEnd = 0;
    this.depth = 0;
    this.errors = new ErrorCollector();
    this.lines = undefined;

    const file = this.parseFile(lexed.comments);
    file.errors = mergeErrors(lexed.errors, lexed.droppedErrors, this.errors);
    // Release the text, tokens and line index: the instance is reused and should not pin the last document.
    this.text = '';
    this.tokens = [];
    this.lines = undefined;
    return file;
  }

  // ── top level ────────────────────────────────────────────────────────────

  private parseFile(comments: Comment[]): HnetFile {
    const imports: Import[] = [];
    const blocks: Block[] = [];
    while (this.pos < this.tokens.length) {
      const token = this.tokens[this.pos];
      const type = token.tokenType;
      if (type === Semicolon) {
        this.advance();
      } else if (type === Keyword && !this.isFollowedByKeyPart(this.pos)) {
        if (token.image === 'import') {
          const node = this.parseImport();
          if (node) imports.push(node);
        } else if (token.image === 'on') {
          this.error(spanOf(token), MISPLACED_ON);
          this.recover(true);
        } else {
          blocks.push(this.parseBlock());
        }
      } else if (type === Keyword || type === Identifier) {
        this.parseStrayWordAtTop();
      } else if (type === RCurly) {
        this.error(spanOf(token), 'unexpected `}`: there is no open block to close');
        this.advance();
      } else {
        this.unexpected(token, `expected \`import\` or a block, found ${describe(token)}`);
        this.recover(true);
      }
    }
    return { type: 'File', span: { start: 0, end: this.text.length }, imports, blocks, comments, errors: [] };
  }

  private parseImport(): Import | undefined {
    const keyword = this.advance();
    const token = this.peek();
    if (token && this.onSameLine(this.pos) && (token.tokenType === StringToken || token.tokenType === UnterminatedString)) {
      const path = this.parseString();
      return { type: 'Import', span: { start: keyword.startOffset, end: path.span.end }, path };
    }
    this.error(spanOf(keyword), 'expected a file path in quotes after `import`, e.g. `import "common.hnet"`');
    this.recover(false);
    return undefined;
  }

  /** A word at the top level that is not a block keyword: a misspelt block or a property outside any block. */
  private parseStrayWordAtTop(): void {
    const key = this.parsePath();
    const next = this.peek();
    if (next && next.tokenType === Equals && this.onSameLine(this.pos)) {
      this.error(key.span, 'properties belong inside a block');
    } else if (this.looksLikeBlockHeader(key)) {
      this.error(key.span, `unknown block kind \`${pathText(key)}\``);
    } else {
      this.error(key.span, `expected \`import\` or a block, found \`${pathText(key)}\``);
    }
    this.recover(false);
  }

  // ── blocks ───────────────────────────────────────────────────────────────

  private parseBlock(): Block {
    const keywordToken = this.advance();
    const keyword = identOf(keywordToken);
    const block: Block = { type: 'Block', span: spanOf(keywordToken), keyword, items: [] };
    const errorsBefore = this.errors.total;
    this.parseHeader(block);
    // A header already reported as wrong needs no second error for what follows it.
    this.skipHeaderJunk(block, this.errors.total === errorsBefore);
    const next = this.peek();
    if (next && next.tokenType === LCurly) this.parseBody(block);
    block.span = { start: keywordToken.startOffset, end: this.lastEnd };
    return block;
  }

  private parseHeader(block: Block): void {
    const kind = block.keyword.text;
    if (NAMED_BLOCKS.has(kind)) block.name = this.expectName(block.keyword, 'a name');
    if (kind === 'chain') {
      const on = this.peek();
      if (on && on.tokenType === Keyword && on.image === 'on' && this.onSameLine(this.pos)) {
        this.advance();
        block.on = this.expectPath(spanOf(on), 'a host name after `on`');
      } else {
        this.error(block.name?.span ?? block.keyword.span, `expected \`on HOST\` after \`${describeBlock(block)}\``);
      }
    } else if (kind === 'link') {
      this.parseLinkEndpoints(block);
    } else if (kind === 'stage') {
      block.stageKind = this.expectName(block.keyword, 'a stage kind');
      if (block.stageKind && this.isStageName(this.pos)) block.name = identOf(this.advance());
    }
  }

  private parseLinkEndpoints(block: Block): void {
    const first = this.expectPath(block.keyword.span, 'the first endpoint after `link` (`host.nic`)');
    if (!first) return;
    const arrow = this.peek();
    if (!arrow || arrow.tokenType !== BiArrow || !this.onSameLine(this.pos)) {
      this.error(first.span, 'expected `<->` between the two ends of the link');
      return;
    }
    this.advance();
    const second = this.expectPath(spanOf(arrow), 'the second endpoint after `<->` (`host.nic`)');
    if (second) block.endpoints = [first, second];
  }

  /** `stage KIND NAME`: NAME is an identifier on the same line that is not a property key. */
  private isStageName(index: number): boolean {
    const token = this.tokens[index];
    return (
      token !== undefined && token.tokenType === Identifier && this.onSameLine(index) && !this.isFollowedByKeyPart(index)
    );
  }

  /** Skips (and with `report`, reports) tokens between a block's header and its `{` (`host sut extra {`). */
  private skipHeaderJunk(block: Block, report: boolean): void {
    const token = this.peek();
    if (!token || !this.onSameLine(this.pos) || this.startsItem(this.pos)) return;
    const type = token.tokenType;
    if (type === LCurly || type === RCurly || type === Semicolon) return;
    if (report) this.unexpected(token, `unexpected ${describe(token)} after \`${describeBlock(block)}\``);
    while (this.pos < this.tokens.length && this.onSameLine(this.pos)) {
      const skipped = this.tokens[this.pos].tokenType;
      if (skipped === LCurly || skipped === RCurly || skipped === Semicolon) break;
      this.advance();
    }
  }

  private parseBody(block: Block): void {
    const open = this.advance();
    block.body = { open: spanOf(open) };
    if (this.depth >= MAX_NESTING) {
      this.error(spanOf(open), `blocks are nested too deeply (more than ${MAX_NESTING} levels); this body is skipped`);
      const close = this.skipBalanced(LCurly, RCurly);
      if (close) block.body.close = spanOf(close);
      return;
    }
    this.depth++;
    const inExpect = block.keyword.text === 'expect';
    for (;;) {
      const token = this.peek();
      if (!token) {
        const line = this.lineIndex().position(open.startOffset).line + 1;
        this.error(this.endSpan(), `\`}\` expected to close \`${describeBlock(block)}\` opened at line ${line}`);
        break;
      }
      if (token.tokenType === RCurly) {
        block.body.close = spanOf(token);
        this.advance();
        break;
      }
      if (token.tokenType === Semicolon) {
        this.advance();
        continue;
      }
      const item = this.parseItem(inExpect);
      if (item) block.items.push(item);
    }
    this.depth--;
  }

  private parseItem(inExpect: boolean): Item | undefined {
    const token = this.tokens[this.pos];
    const type = token.tokenType;
    if (type === Keyword && !this.isFollowedByKeyPart(this.pos) && !(inExpect && this.isComparisonAt(this.pos + 1))) {
      if (token.image === 'import') {
        this.error(spanOf(token), '`import` is only allowed at the top level of a file');
        this.recover(true);
        return undefined;
      }
      if (token.image === 'on') {
        this.error(spanOf(token), MISPLACED_ON);
        this.recover(true);
        return undefined;
      }
      return this.parseBlock();
    }
    if (type === Keyword || type === Identifier) return this.parseKeyedItem(inExpect);
    this.unexpected(token, `expected a property or a block, found ${describe(token)}`);
    this.recover(true);
    return undefined;
  }

  /** `key = value`, or inside `expect` also `metric OP value`. */
  private parseKeyedItem(inExpect: boolean): Property | Expectation | undefined {
    const key = this.parsePath();
    const next = this.peek();
    const sameLine = next !== undefined && this.onSameLine(this.pos);
    if (next && sameLine && next.tokenType === Equals) {
      const equals = this.advance();
      const value = this.parseValueAfter(equals);
      return { type: 'Property', span: { start: key.span.start, end: value?.span.end ?? equals.startOffset + 1 }, key, value };
    }
    if (next && sameLine && isComparison(next)) {
      if (!inExpect) {
        this.error(spanOf(next), `comparisons such as \`${next.image}\` are only allowed inside \`expect\``);
        this.recover(false);
        return undefined;
      }
      const opToken = this.advance();
      const op = { text: opToken.image as Expectation['op']['text'], span: spanOf(opToken) };
      const value = this.parseValueAfter(opToken);
      return { type: 'Expectation', span: { start: key.span.start, end: value?.span.end ?? op.span.end }, metric: key, op, value };
    }
    const name = pathText(key);
    if (this.looksLikeBlockHeader(key)) this.error(key.span, `unknown block kind \`${name}\``);
    else if (inExpect) this.error(key.span, `expected a comparison (${COMPARISON_LIST}) after \`${name}\``);
    else this.error(key.span, `expected \`=\` after \`${name}\``);
    this.recover(false);
    return undefined;
  }

  // ── values ───────────────────────────────────────────────────────────────

  /** The value after `=` or a comparison; it must start on the same line. */
  private parseValueAfter(operator: Token): Value | undefined {
    const token = this.peek();
    const type = token?.tokenType;
    if (!token || !this.onSameLine(this.pos) || type === RCurly || type === Semicolon) {
      this.error(spanOf(operator), `expected a value after \`${operator.image}\``);
      return undefined;
    }
    if (!startsValue(type)) {
      this.unexpected(token, `expected a value after \`${operator.image}\`, found ${describe(token)}`);
      this.recover(false);
      return undefined;
    }
    return this.parseValue();
  }

  /** Parses the value at the current token, which `startsValue` accepts. */
  private parseValue(): Value | undefined {
    const token = this.tokens[this.pos];
    const type = token.tokenType;
    if (type === Quantity) return this.parseQuantity();
    if (type === NumberToken) return this.parseNumber();
    if (type === StringToken || type === UnterminatedString) return this.parseString();
    if (type === Identifier || type === Keyword) return this.parsePath();
    if (type === LBracket) return this.parseList();
    this.skipNegativeNumber();
    return undefined;
  }

  /** `-1`: reported, and the value dropped (the language has no negative numbers). */
  private skipNegativeNumber(): void {
    const minus = this.advance();
    const number = this.peek();
    const glued = number !== undefined && isGlued(minus, number);
    if (glued && (number.tokenType === NumberToken || number.tokenType === Quantity)) {
      this.advance();
      this.error({ start: minus.startOffset, end: this.lastEnd }, 'negative numbers are not allowed');
    } else {
      this.error(spanOf(minus), 'unexpected `-`');
    }
  }

  private parseQuantity(): NumberLit {
    const token = this.advance();
    const parts = token.payload!; // every quantity token has one
    const raw = token.image.slice(0, parts.numberEnd);
    const span = spanOf(token);
    const unit = { text: token.image.slice(parts.unitStart), span: { start: span.start + parts.unitStart, end: span.end } };
    return { type: 'Number', span, value: this.numberValue(raw, span.start), raw, unit };
  }

  /** A plain number; a word glued to it (`3Ghz`) is an unknown unit, reported, and the value is dropped. */
  private parseNumber(): NumberLit | undefined {
    const token = this.advance();
    const glued = this.peek();
    const end = token.startOffset + token.image.length;
    if (glued && (glued.tokenType === Identifier || glued.tokenType === Keyword) && glued.startOffset === end) {
      this.advance();
      const suggestion = unitSuggestion(glued.image);
      const hint = suggestion ? ` (did you mean \`${suggestion}\`? units are case-sensitive)` : '';
      this.error(spanOf(glued), `unknown unit \`${glued.image}\`${hint}`);
      return undefined;
    }
    return { type: 'Number', span: spanOf(token), value: this.numberValue(token.image, token.startOffset), raw: token.image };
  }

  private numberValue(raw: string, start: number): number {
    const value = Number(raw);
    if (!Number.isFinite(value)) this.error({ start, end: start + raw.length }, `the number \`${raw}\` is too large`);
    return value;
  }

  private parseString(): StringLit {
    const token = this.advance();
    const terminated = token.tokenType === StringToken;
    const decoded = decodeString(token.image, terminated);
    for (const at of decoded.badEscapes) {
      const start = token.startOffset + at;
      this.error({ start, end: start + 2 }, `unknown escape \`${token.image.slice(at, at + 2)}\` (use \\\\, \\", \\n, \\t or \\r)`);
    }
    return { type: 'String', span: spanOf(token), value: decoded.value };
  }

  private parseList(): List | undefined {
    const open = this.advance();
    if (this.depth >= MAX_NESTING) {
      this.error(spanOf(open), `lists are nested too deeply (more than ${MAX_NESTING} levels)`);
      this.skipBalanced(LBracket, RBracket);
      return undefined;
    }
    this.depth++;
    const list: List = { type: 'List', span: spanOf(open), items: [] };
    for (;;) {
      const token = this.peek();
      if (token && token.tokenType === RBracket) {
        this.advance();
        break;
      }
      if (!token || token.tokenType === RCurly || token.tokenType === Semicolon || this.endsListAtNewLine(this.pos)) {
        const line = this.lineIndex().position(open.startOffset).line + 1;
        this.error(this.endSpan(), `\`]\` expected to close the list opened at line ${line}`);
        break;
      }
      if (token.tokenType === Comma) {
        this.error(spanOf(token), 'expected a value before `,`');
        this.advance();
        continue;
      }
      if (!startsValue(token.tokenType)) {
        this.unexpected(token, `unexpected ${describe(token)} in a list`);
        this.advance();
        continue;
      }
      const item = this.parseValue();
      if (item) list.items.push(item);
      const after = this.peek();
      if (after && after.tokenType === Comma) this.advance();
      else if (after && startsValue(after.tokenType) && !this.endsListAtNewLine(this.pos)) {
        this.error(this.endSpan(), 'expected `,` between list items');
      }
    }
    this.depth--;
    list.span = { start: open.startOffset, end: this.lastEnd };
    return list;
  }

  /** An unclosed list stops at a new line that starts an item (`key =` or a block keyword). */
  private endsListAtNewLine(index: number): boolean {
    if (this.onSameLine(index)) return false;
    const type = this.tokens[index].tokenType;
    if (type === Identifier) return this.tokens[index + 1]?.tokenType === Equals;
    if (type !== Keyword) return false;
    const next = this.tokens[index + 1]?.tokenType;
    return next !== Comma && next !== RBracket && next !== Dot;
  }

  // ── paths and names ──────────────────────────────────────────────────────

  /** `name`, `a.b.c`, `sut.core[3].util`; the current token is an identifier or keyword. */
  private parsePath(): Path {
    const segments: PathSegment[] = [this.parseSegment()];
    for (;;) {
      const dot = this.peek();
      if (!dot || dot.tokenType !== Dot || !this.onSameLine(this.pos)) break;
      this.advance();
      const name = this.peek();
      if (!name || !isWord(name.tokenType) || !this.onSameLine(this.pos)) {
        this.error(spanOf(dot), 'expected a name after `.`');
        break;
      }
      segments.push(this.parseSegment());
    }
    const start = segments[0].name.span.start;
    return { type: 'Path', span: { start, end: this.lastEnd }, segments };
  }

  private parseSegment(): PathSegment {
    const name = identOf(this.advance());
    const open = this.peek();
    // An index bracket is glued to its name: `core[3]`.
    if (!open || open.tokenType !== LBracket || open.startOffset !== name.span.end) return { name };
    this.advance();
    const number = this.peek();
    if (!number || number.tokenType !== NumberToken || !/^\d+$/.test(number.image)) {
      this.error(number && this.onSameLine(this.pos) ? spanOf(number) : spanOf(open), 'expected a whole-number index after `[`');
      this.skipToOnLine(RBracket);
      return { name };
    }
    this.advance();
    const index = { value: Number(number.image), span: spanOf(number) };
    const close = this.peek();
    if (close && close.tokenType === RBracket) this.advance();
    else this.error(this.endSpan(), 'expected `]` after the index');
    return { name, index };
  }

  /** A name on the keyword's line; reports `what` is missing otherwise. */
  private expectName(after: Ident, what: string): Ident | undefined {
    const token = this.peek();
    if (token && this.onSameLine(this.pos)) {
      if (token.tokenType === Identifier && !this.isFollowedByKeyPart(this.pos)) return identOf(this.advance());
      if (token.tokenType === Keyword && this.tokens[this.pos + 1]?.tokenType === LCurly) {
        this.error(spanOf(token), `\`${token.image}\` is a keyword and cannot be used as a name`);
        this.advance();
        return undefined;
      }
    }
    this.error(after.span, `expected ${what} after \`${after.text}\``);
    return undefined;
  }

  private expectPath(after: Span, what: string): Path | undefined {
    const token = this.peek();
    if (token && isWord(token.tokenType) && this.onSameLine(this.pos)) return this.parsePath();
    this.error(after, `expected ${what}`);
    return undefined;
  }

  // ── lookahead ────────────────────────────────────────────────────────────

  /** True when the word at `index` is a property key or metric (followed by `=` or `.` on its line). */
  private isFollowedByKeyPart(index: number): boolean {
    const next = this.tokens[index + 1];
    if (!next || !this.onSameLine(index + 1)) return false;
    return next.tokenType === Equals || next.tokenType === Dot || (next.tokenType === LBracket && isGlued(this.tokens[index], next));
  }

  private isComparisonAt(index: number): boolean {
    const token = this.tokens[index];
    return token !== undefined && this.onSameLine(index) && isComparison(token);
  }

  /** True when the token at `index` starts a sibling item: a block keyword or `key =`. */
  private startsItem(index: number): boolean {
    const token = this.tokens[index];
    if (token.tokenType === Keyword) return true;
    return token.tokenType === Identifier && this.tokens[index + 1]?.tokenType === Equals;
  }

  /** After an unknown word: `hots sut {` or `hots {` reads as a misspelt block. */
  private looksLikeBlockHeader(key: Path): boolean {
    if (key.segments.length !== 1) return false;
    let index = this.pos;
    while (index < this.tokens.length && this.onSameLine(index) && this.tokens[index].tokenType === Identifier) index++;
    const token = this.tokens[index];
    return token !== undefined && token.tokenType === LCurly && (index === this.pos || this.onSameLine(index));
  }

  /** True when the token at `index` exists and shares a line with the token before it. */
  private onSameLine(index: number): boolean {
    const token = this.tokens[index];
    return token !== undefined && !token.afterNewline;
  }

  // ── recovery ─────────────────────────────────────────────────────────────

  /**
   * Skips to the next item: up to the end of the line, a `;` or the enclosing
   * `}`. A `{` met on the way is skipped with everything up to its `}`, so a
   * misspelt block is dropped whole. With `consumeFirst`, the current token
   * is skipped even if it starts a new line.
   */
  private recover(consumeFirst: boolean): void {
    let braces = 0;
    let first = consumeFirst;
    while (this.pos < this.tokens.length) {
      const type = this.tokens[this.pos].tokenType;
      if (!first && braces === 0) {
        if (!this.onSameLine(this.pos) || type === RCurly || type === Semicolon) return;
      }
      first = false;
      if (type === LCurly) braces++;
      else if (type === RCurly) braces--;
      this.advance();
      if (braces < 0) return;
    }
  }

  /** After an opening bracket has been consumed: skips to its matching close (returned) or the end of the file. */
  private skipBalanced(open: TokenType, close: TokenType): Token | undefined {
    let depth = 1;
    while (this.pos < this.tokens.length) {
      const token = this.advance();
      if (token.tokenType === open) depth++;
      else if (token.tokenType === close && --depth === 0) return token;
    }
    return undefined;
  }

  private skipToOnLine(type: TokenType): void {
    while (this.pos < this.tokens.length && this.onSameLine(this.pos)) {
      if (this.advance().tokenType === type) return;
    }
  }

  // ── tokens and errors ────────────────────────────────────────────────────

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private advance(): Token {
    const token = this.tokens[this.pos++];
    this.lastEnd = token.startOffset + token.image.length;
    return token;
  }

  /** An empty span just after the last consumed token: where a missing `}` or `]` belongs. */
  private endSpan(): Span {
    return { start: this.lastEnd, end: this.lastEnd };
  }

  private error(span: Span, message: string): void {
    this.errors.add(span, message);
  }

  /** Reports a token that does not belong here, unless the lexer already reported it as unknown characters. */
  private unexpected(token: Token, message: string): void {
    if (token.tokenType !== Unknown) this.error(spanOf(token), message);
  }

  private lineIndex(): LineIndex {
    this.lines ??= new LineIndex(this.text);
    return this.lines;
  }
}

function spanOf(token: Token): Span {
  return { start: token.startOffset, end: token.startOffset + token.image.length };
}

function identOf(token: Token): Ident {
  return { type: 'Ident', span: spanOf(token), text: token.image };
}

function isWord(type: TokenType): boolean {
  return type === Identifier || type === Keyword;
}

function isGlued(left: Token, right: Token): boolean {
  return left.startOffset + left.image.length === right.startOffset;
}

function startsValue(type: TokenType | undefined): boolean {
  return (
    type === Quantity ||
    type === NumberToken ||
    type === StringToken ||
    type === UnterminatedString ||
    type === Identifier ||
    type === Keyword ||
    type === LBracket ||
    type === Minus
  );
}

/** `host sut`, `stage app`, `cpu`: how a block is named in messages. */
function describeBlock(block: Block): string {
  const name = block.stageKind ?? block.name;
  return name ? `${block.keyword.text} ${name.text}` : block.keyword.text;
}

function describe(token: Token): string {
  if (token.tokenType === StringToken || token.tokenType === UnterminatedString) return 'a string';
  const image = token.image.length > 30 ? `${token.image.slice(0, 30)}…` : token.image;
  return `\`${image}\``;
}
