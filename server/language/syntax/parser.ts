// A recursive-descent parser over the scanner's token stream. It never throws
// and never gives up: each problem becomes an error with a precise span, the
// parser skips to the next line (or `;`, or the enclosing `}`) and carries on,
// so one bad line never hides the rest of the file.
//
// Newlines matter in three places only, all for recovery: a value must start
// on the line of its `=` (so `rate =` does not swallow the next line's key),
// block header parts sit on the keyword's line, and an unknown word is skipped
// up to the end of its line.
//
// Tokens are indices into the stream's arrays (token-stream.ts); `END` is the
// kind past the last token.

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
import { ErrorCollector, mergeErrors } from './errors';
import { decodeString, unitSuggestion } from './literals';
import type { Scanned } from './scanner';
import { LineIndex } from './text';
import { TokenKind, TokenStream } from './token-stream';

// Local copies: under CommonJS (tsx) every access through an import is a getter call, too slow for the hot loop.
const { BiArrow, Comma, Dot, Equals, Identifier, Keyword, LBracket, LCurly, Minus, Quantity, RBracket, RCurly } = TokenKind;
const { Semicolon, Unknown, UnterminatedString, LessEqual, NotEqual } = TokenKind;
const NumberToken = TokenKind.Number;
const StringToken = TokenKind.String;
const END = -1;

/** Deeper nesting than this is reported and skipped (real files nest 3 or 4 levels). */
export const MAX_NESTING = 64;

const COMPARISON_LIST = '`<`, `<=`, `>`, `>=`, `==` or `!=`';
const MISPLACED_ON = 'unexpected `on`: it belongs in a `chain NAME on HOST` header';

/** Block keywords whose header is `KEYWORD NAME`. */
const NAMED_BLOCKS: ReadonlySet<string> = new Set(['host', 'nic', 'container', 'traffic', 'scenario', 'chain']);

/** Holds no tokens: the parser points at it between documents, so as not to pin the last one. */
const NO_TOKENS = new TokenStream(0);

export class HnetParser {
  private text = '';
  private count = 0;
  private kinds = NO_TOKENS.kinds;
  private starts = NO_TOKENS.starts;
  private ends = NO_TOKENS.ends;
  private newlines = NO_TOKENS.afterNewline;
  private numberEnds = NO_TOKENS.numberEnds;
  private texts = NO_TOKENS.texts;
  private pos = 0;
  /** End offset of the last consumed token. */
  private lastEnd = 0;
  private depth = 0;
  private errors = new ErrorCollector();
  private lines: LineIndex | undefined;

  parse(text: string, scanned: Scanned): HnetFile {
    this.text = text;
    this.use(scanned.tokens);
    this.pos = 0;
    this.lastEnd = 0;
    this.depth = 0;
    this.errors = new ErrorCollector();
    this.lines = undefined;

    const file = this.parseFile(scanned.comments);
    file.errors = mergeErrors(scanned.errors, scanned.droppedErrors, this.errors);
    // Release the text, tokens and line index: the instance is reused and should not pin the last document.
    this.text = '';
    this.use(NO_TOKENS);
    this.lines = undefined;
    return file;
  }

  private use(tokens: TokenStream): void {
    this.count = tokens.count;
    this.kinds = tokens.kinds;
    this.starts = tokens.starts;
    this.ends = tokens.ends;
    this.newlines = tokens.afterNewline;
    this.numberEnds = tokens.numberEnds;
    this.texts = tokens.texts;
  }

  // ── top level ────────────────────────────────────────────────────────────

  private parseFile(comments: Comment[]): HnetFile {
    const imports: Import[] = [];
    const blocks: Block[] = [];
    while (this.pos < this.count) {
      const index = this.pos;
      const kind = this.kinds[index];
      if (kind === Semicolon) {
        this.advance();
      } else if (kind === Keyword && !this.isFollowedByKeyPart(index)) {
        const word = this.texts[index];
        if (word === 'import') {
          const node = this.parseImport();
          if (node) imports.push(node);
        } else if (word === 'on') {
          this.error(this.spanAt(index), MISPLACED_ON);
          this.recover(true);
        } else {
          blocks.push(this.parseBlock());
        }
      } else if (kind === Keyword || kind === Identifier) {
        this.parseStrayWordAtTop();
      } else if (kind === RCurly) {
        this.error(this.spanAt(index), 'unexpected `}`: there is no open block to close');
        this.advance();
      } else {
        this.unexpected(index, `expected \`import\` or a block, found ${this.describe(index)}`);
        this.recover(true);
      }
    }
    return { type: 'File', span: { start: 0, end: this.text.length }, imports, blocks, comments, errors: [] };
  }

  private parseImport(): Import | undefined {
    const keyword = this.advance();
    const kind = this.kindAt(this.pos);
    if (this.onSameLine(this.pos) && (kind === StringToken || kind === UnterminatedString)) {
      const path = this.parseString();
      return { type: 'Import', span: { start: this.starts[keyword], end: path.span.end }, path };
    }
    this.error(this.spanAt(keyword), 'expected a file path in quotes after `import`, e.g. `import "common.hnet"`');
    this.recover(false);
    return undefined;
  }

  /** A word at the top level that is not a block keyword: a misspelt block or a property outside any block. */
  private parseStrayWordAtTop(): void {
    const key = this.parsePath();
    if (this.kindAt(this.pos) === Equals && this.onSameLine(this.pos)) {
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
    const keywordIndex = this.advance();
    const keyword = this.identAt(keywordIndex);
    // Every optional field is present from the start, so that all blocks share one
    // object shape and the property reads of later passes stay monomorphic.
    const block: Block = {
      type: 'Block',
      span: keyword.span, // replaced below, once the end is known
      keyword,
      name: undefined,
      stageKind: undefined,
      on: undefined,
      endpoints: undefined,
      body: undefined,
      items: [],
    };
    const errorsBefore = this.errors.total;
    this.parseHeader(block);
    // A header already reported as wrong needs no second error for what follows it.
    this.skipHeaderJunk(block, this.errors.total === errorsBefore);
    if (this.kindAt(this.pos) === LCurly) this.parseBody(block);
    block.span = { start: this.starts[keywordIndex], end: this.lastEnd };
    return block;
  }

  private parseHeader(block: Block): void {
    const kind = block.keyword.text;
    if (NAMED_BLOCKS.has(kind)) block.name = this.expectName(block.keyword, 'a name');
    if (kind === 'chain') {
      const on = this.pos;
      if (this.kindAt(on) === Keyword && this.texts[on] === 'on' && this.onSameLine(on)) {
        this.advance();
        block.on = this.expectPath(this.spanAt(on), 'a host name after `on`');
      } else {
        this.error(block.name?.span ?? block.keyword.span, `expected \`on HOST\` after \`${describeBlock(block)}\``);
      }
    } else if (kind === 'link') {
      this.parseLinkEndpoints(block);
    } else if (kind === 'stage') {
      block.stageKind = this.expectName(block.keyword, 'a stage kind');
      if (block.stageKind && this.isStageName(this.pos)) block.name = this.identAt(this.advance());
    }
  }

  private parseLinkEndpoints(block: Block): void {
    const first = this.expectPath(block.keyword.span, 'the first endpoint after `link` (`host.nic`)');
    if (!first) return;
    const arrow = this.pos;
    if (this.kindAt(arrow) !== BiArrow || !this.onSameLine(arrow)) {
      this.error(first.span, 'expected `<->` between the two ends of the link');
      return;
    }
    this.advance();
    const second = this.expectPath(this.spanAt(arrow), 'the second endpoint after `<->` (`host.nic`)');
    if (second) block.endpoints = [first, second];
  }

  /** `stage KIND NAME`: NAME is an identifier on the same line that is not a property key. */
  private isStageName(index: number): boolean {
    return this.kindAt(index) === Identifier && this.onSameLine(index) && !this.isFollowedByKeyPart(index);
  }

  /** Skips (and with `report`, reports) tokens between a block's header and its `{` (`host sut extra {`). */
  private skipHeaderJunk(block: Block, report: boolean): void {
    const index = this.pos;
    if (!this.onSameLine(index) || this.startsItem(index)) return;
    const kind = this.kinds[index];
    if (kind === LCurly || kind === RCurly || kind === Semicolon) return;
    if (report) this.unexpected(index, `unexpected ${this.describe(index)} after \`${describeBlock(block)}\``);
    while (this.onSameLine(this.pos)) {
      const skipped = this.kinds[this.pos];
      if (skipped === LCurly || skipped === RCurly || skipped === Semicolon) break;
      this.advance();
    }
  }

  private parseBody(block: Block): void {
    const open = this.advance();
    const body: NonNullable<Block['body']> = { open: this.spanAt(open), close: undefined };
    block.body = body;
    if (this.depth >= MAX_NESTING) {
      this.error(this.spanAt(open), `blocks are nested too deeply (more than ${MAX_NESTING} levels); this body is skipped`);
      const close = this.skipBalanced(LCurly, RCurly);
      if (close !== END) body.close = this.spanAt(close);
      return;
    }
    this.depth++;
    const inExpect = block.keyword.text === 'expect';
    for (;;) {
      const index = this.pos;
      const kind = this.kindAt(index);
      if (kind === END) {
        const line = this.lineIndex().position(this.starts[open]).line + 1;
        this.error(this.endSpan(), `\`}\` expected to close \`${describeBlock(block)}\` opened at line ${line}`);
        break;
      }
      if (kind === RCurly) {
        body.close = this.spanAt(index);
        this.advance();
        break;
      }
      if (kind === Semicolon) {
        this.advance();
        continue;
      }
      const item = this.parseItem(inExpect);
      if (item) block.items.push(item);
    }
    this.depth--;
  }

  private parseItem(inExpect: boolean): Item | undefined {
    const index = this.pos;
    const kind = this.kinds[index];
    if (kind === Keyword && !this.isFollowedByKeyPart(index) && !(inExpect && this.isComparisonAt(index + 1))) {
      const word = this.texts[index];
      if (word === 'import') {
        this.error(this.spanAt(index), '`import` is only allowed at the top level of a file');
        this.recover(true);
        return undefined;
      }
      if (word === 'on') {
        this.error(this.spanAt(index), MISPLACED_ON);
        this.recover(true);
        return undefined;
      }
      return this.parseBlock();
    }
    if (kind === Keyword || kind === Identifier) return this.parseKeyedItem(inExpect);
    this.unexpected(index, `expected a property or a block, found ${this.describe(index)}`);
    this.recover(true);
    return undefined;
  }

  /** `key = value`, or inside `expect` also `metric OP value`. */
  private parseKeyedItem(inExpect: boolean): Property | Expectation | undefined {
    const key = this.parsePath();
    const next = this.pos;
    const kind = this.kindAt(next);
    const sameLine = this.onSameLine(next);
    if (sameLine && kind === Equals) {
      const equals = this.advance();
      const value = this.parseValueAfter(equals);
      return { type: 'Property', span: { start: key.span.start, end: value?.span.end ?? this.starts[equals] + 1 }, key, value };
    }
    if (sameLine && isComparison(kind)) {
      if (!inExpect) {
        this.error(this.spanAt(next), `comparisons such as \`${this.imageAt(next)}\` are only allowed inside \`expect\``);
        this.recover(false);
        return undefined;
      }
      const opIndex = this.advance();
      const op = { text: this.imageAt(opIndex) as Expectation['op']['text'], span: this.spanAt(opIndex) };
      const value = this.parseValueAfter(opIndex);
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

  /** The value after the operator token (`=` or a comparison); it must start on the same line. */
  private parseValueAfter(operator: number): Value | undefined {
    const index = this.pos;
    const kind = this.kindAt(index);
    if (!this.onSameLine(index) || kind === RCurly || kind === Semicolon) {
      this.error(this.spanAt(operator), `expected a value after \`${this.imageAt(operator)}\``);
      return undefined;
    }
    if (!startsValue(kind)) {
      this.unexpected(index, `expected a value after \`${this.imageAt(operator)}\`, found ${this.describe(index)}`);
      this.recover(false);
      return undefined;
    }
    return this.parseValue();
  }

  /** Parses the value at the current token, which `startsValue` accepts. */
  private parseValue(): Value | undefined {
    const kind = this.kinds[this.pos];
    if (kind === Quantity) return this.parseQuantity();
    if (kind === NumberToken) return this.parseNumber();
    if (kind === StringToken || kind === UnterminatedString) return this.parseString();
    if (kind === Identifier || kind === Keyword) return this.parsePath();
    if (kind === LBracket) return this.parseList();
    this.skipNegativeNumber();
    return undefined;
  }

  /** `-1`: reported, and the value dropped (the language has no negative numbers). */
  private skipNegativeNumber(): void {
    const minus = this.advance();
    const number = this.pos;
    const kind = this.kindAt(number);
    if ((kind === NumberToken || kind === Quantity) && this.isGlued(minus, number)) {
      this.advance();
      this.error({ start: this.starts[minus], end: this.lastEnd }, 'negative numbers are not allowed');
    } else {
      this.error(this.spanAt(minus), 'unexpected `-`');
    }
  }

  private parseQuantity(): NumberLit {
    const index = this.advance();
    const start = this.starts[index];
    const end = this.ends[index];
    const unitText = this.texts[index] as string; // a quantity's text is its unit
    const raw = this.text.slice(start, this.numberEnds[index]);
    const unit = { text: unitText, span: { start: end - unitText.length, end } };
    return { type: 'Number', span: { start, end }, value: this.numberValue(raw, start), raw, unit };
  }

  /** A plain number; a word glued to it (`3Ghz`) is an unknown unit, reported, and the value is dropped. */
  private parseNumber(): NumberLit | undefined {
    const index = this.advance();
    const start = this.starts[index];
    const end = this.ends[index];
    const glued = this.pos;
    if (isWord(this.kindAt(glued)) && this.starts[glued] === end) {
      this.advance();
      const word = this.texts[glued] as string;
      const suggestion = unitSuggestion(word);
      const hint = suggestion ? ` (did you mean \`${suggestion}\`? units are case-sensitive)` : '';
      this.error(this.spanAt(glued), `unknown unit \`${word}\`${hint}`);
      return undefined;
    }
    const raw = this.text.slice(start, end);
    return { type: 'Number', span: { start, end }, value: this.numberValue(raw, start), raw, unit: undefined };
  }

  private numberValue(raw: string, start: number): number {
    const value = Number(raw);
    if (!Number.isFinite(value)) this.error({ start, end: start + raw.length }, `the number \`${raw}\` is too large`);
    return value;
  }

  private parseString(): StringLit {
    const index = this.advance();
    const image = this.imageAt(index);
    const decoded = decodeString(image, this.kinds[index] === StringToken);
    for (const at of decoded.badEscapes) {
      const start = this.starts[index] + at;
      this.error({ start, end: start + 2 }, `unknown escape \`${image.slice(at, at + 2)}\` (use \\\\, \\", \\n, \\t or \\r)`);
    }
    return { type: 'String', span: this.spanAt(index), value: decoded.value };
  }

  private parseList(): List | undefined {
    const open = this.advance();
    if (this.depth >= MAX_NESTING) {
      this.error(this.spanAt(open), `lists are nested too deeply (more than ${MAX_NESTING} levels)`);
      this.skipBalanced(LBracket, RBracket);
      return undefined;
    }
    this.depth++;
    const items: Value[] = [];
    for (;;) {
      const index = this.pos;
      const kind = this.kindAt(index);
      if (kind === RBracket) {
        this.advance();
        break;
      }
      if (kind === END || kind === RCurly || kind === Semicolon || this.endsListAtNewLine(index)) {
        const line = this.lineIndex().position(this.starts[open]).line + 1;
        this.error(this.endSpan(), `\`]\` expected to close the list opened at line ${line}`);
        break;
      }
      if (kind === Comma) {
        this.error(this.spanAt(index), 'expected a value before `,`');
        this.advance();
        continue;
      }
      if (!startsValue(kind)) {
        this.unexpected(index, `unexpected ${this.describe(index)} in a list`);
        this.advance();
        continue;
      }
      const item = this.parseValue();
      if (item) items.push(item);
      const after = this.kindAt(this.pos);
      if (after === Comma) this.advance();
      else if (startsValue(after) && !this.endsListAtNewLine(this.pos)) {
        this.error(this.endSpan(), 'expected `,` between list items');
      }
    }
    this.depth--;
    return { type: 'List', span: { start: this.starts[open], end: this.lastEnd }, items };
  }

  /** An unclosed list stops at a new line that starts an item (`key =` or a block keyword). */
  private endsListAtNewLine(index: number): boolean {
    if (this.onSameLine(index)) return false;
    const kind = this.kinds[index];
    if (kind === Identifier) return this.kindAt(index + 1) === Equals;
    if (kind !== Keyword) return false;
    const next = this.kindAt(index + 1);
    return next !== Comma && next !== RBracket && next !== Dot;
  }

  // ── paths and names ──────────────────────────────────────────────────────

  /** `name`, `a.b.c`, `sut.core[3].util`; the current token is an identifier or keyword. */
  private parsePath(): Path {
    const first = this.parseSegment();
    const segments: PathSegment[] = [first];
    for (;;) {
      const dot = this.pos;
      if (this.kindAt(dot) !== Dot || !this.onSameLine(dot)) break;
      this.advance();
      const name = this.pos;
      if (!isWord(this.kindAt(name)) || !this.onSameLine(name)) {
        this.error(this.spanAt(dot), 'expected a name after `.`');
        break;
      }
      segments.push(this.parseSegment());
    }
    return { type: 'Path', span: { start: first.name.span.start, end: this.lastEnd }, segments };
  }

  private parseSegment(): PathSegment {
    const name = this.identAt(this.advance());
    const open = this.pos;
    // An index bracket is glued to its name: `core[3]`.
    if (this.kindAt(open) !== LBracket || this.starts[open] !== name.span.end) return { name, index: undefined };
    this.advance();
    const number = this.pos;
    if (this.kindAt(number) !== NumberToken || !isWholeNumber(this.text, this.starts[number], this.ends[number])) {
      this.error(this.onSameLine(number) ? this.spanAt(number) : this.spanAt(open), 'expected a whole-number index after `[`');
      this.skipToOnLine(RBracket);
      return { name, index: undefined };
    }
    this.advance();
    const index = { value: Number(this.imageAt(number)), span: this.spanAt(number) };
    if (this.kindAt(this.pos) === RBracket) this.advance();
    else this.error(this.endSpan(), 'expected `]` after the index');
    return { name, index };
  }

  /** A name on the keyword's line; reports `what` is missing otherwise. */
  private expectName(after: Ident, what: string): Ident | undefined {
    const index = this.pos;
    if (this.onSameLine(index)) {
      const kind = this.kinds[index];
      if (kind === Identifier && !this.isFollowedByKeyPart(index)) return this.identAt(this.advance());
      if (kind === Keyword && this.kindAt(index + 1) === LCurly) {
        this.error(this.spanAt(index), `\`${this.texts[index]}\` is a keyword and cannot be used as a name`);
        this.advance();
        return undefined;
      }
    }
    this.error(after.span, `expected ${what} after \`${after.text}\``);
    return undefined;
  }

  private expectPath(after: Span, what: string): Path | undefined {
    if (isWord(this.kindAt(this.pos)) && this.onSameLine(this.pos)) return this.parsePath();
    this.error(after, `expected ${what}`);
    return undefined;
  }

  // ── lookahead ────────────────────────────────────────────────────────────

  /** True when the word at `index` is a property key or metric (followed by `=` or `.` on its line). */
  private isFollowedByKeyPart(index: number): boolean {
    const next = index + 1;
    if (!this.onSameLine(next)) return false;
    const kind = this.kinds[next];
    return kind === Equals || kind === Dot || (kind === LBracket && this.isGlued(index, next));
  }

  private isComparisonAt(index: number): boolean {
    return this.onSameLine(index) && isComparison(this.kinds[index]);
  }

  /** True when the token at `index` starts a sibling item: a block keyword or `key =`. */
  private startsItem(index: number): boolean {
    const kind = this.kinds[index];
    if (kind === Keyword) return true;
    return kind === Identifier && this.kindAt(index + 1) === Equals;
  }

  /** After an unknown word: `hots sut {` or `hots {` reads as a misspelt block. */
  private looksLikeBlockHeader(key: Path): boolean {
    if (key.segments.length !== 1) return false;
    let index = this.pos;
    while (this.onSameLine(index) && this.kinds[index] === Identifier) index++;
    return this.kindAt(index) === LCurly && (index === this.pos || this.onSameLine(index));
  }

  /** True when the token at `index` exists and shares a line with the token before it. */
  private onSameLine(index: number): boolean {
    return index < this.count && this.newlines[index] === 0;
  }

  private isGlued(left: number, right: number): boolean {
    return this.ends[left] === this.starts[right];
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
    while (this.pos < this.count) {
      const kind = this.kinds[this.pos];
      if (!first && braces === 0) {
        if (!this.onSameLine(this.pos) || kind === RCurly || kind === Semicolon) return;
      }
      first = false;
      if (kind === LCurly) braces++;
      else if (kind === RCurly) braces--;
      this.advance();
      if (braces < 0) return;
    }
  }

  /** After an opening bracket has been consumed: skips to its matching close (returned) or the end of the file (`END`). */
  private skipBalanced(open: TokenKind, close: TokenKind): number {
    let depth = 1;
    while (this.pos < this.count) {
      const index = this.advance();
      const kind = this.kinds[index];
      if (kind === open) depth++;
      else if (kind === close && --depth === 0) return index;
    }
    return END;
  }

  private skipToOnLine(kind: TokenKind): void {
    while (this.onSameLine(this.pos)) {
      if (this.kinds[this.advance()] === kind) return;
    }
  }

  // ── tokens and errors ────────────────────────────────────────────────────

  /** The kind of the token at `index`, or `END`. */
  private kindAt(index: number): number {
    return index < this.count ? this.kinds[index] : END;
  }

  /** Consumes the current token and returns its index. */
  private advance(): number {
    const index = this.pos++;
    this.lastEnd = this.ends[index];
    return index;
  }

  private spanAt(index: number): Span {
    return { start: this.starts[index], end: this.ends[index] };
  }

  /** The identifier or keyword at `index` (the scanner has interned its text). */
  private identAt(index: number): Ident {
    return { type: 'Ident', span: this.spanAt(index), text: this.texts[index] as string };
  }

  /** The token's source text. */
  private imageAt(index: number): string {
    return this.text.slice(this.starts[index], this.ends[index]);
  }

  /** An empty span just after the last consumed token: where a missing `}` or `]` belongs. */
  private endSpan(): Span {
    return { start: this.lastEnd, end: this.lastEnd };
  }

  private error(span: Span, message: string): void {
    this.errors.add(span, message);
  }

  /** Reports a token that does not belong here, unless the scanner already reported it as unknown characters. */
  private unexpected(index: number, message: string): void {
    if (this.kinds[index] !== Unknown) this.error(this.spanAt(index), message);
  }

  private describe(index: number): string {
    const kind = this.kinds[index];
    if (kind === StringToken || kind === UnterminatedString) return 'a string';
    const image = this.imageAt(index);
    return `\`${image.length > 30 ? `${image.slice(0, 30)}…` : image}\``;
  }

  private lineIndex(): LineIndex {
    this.lines ??= new LineIndex(this.text);
    return this.lines;
  }
}

function isWord(kind: number): boolean {
  return kind === Identifier || kind === Keyword;
}

function isComparison(kind: number): boolean {
  return kind >= LessEqual && kind <= NotEqual;
}

function startsValue(kind: number): boolean {
  return (
    kind === Quantity ||
    kind === NumberToken ||
    kind === StringToken ||
    kind === UnterminatedString ||
    kind === Identifier ||
    kind === Keyword ||
    kind === LBracket ||
    kind === Minus
  );
}

/** True when `text` holds only the digits 0-9 from `start` to `end`. */
function isWholeNumber(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return end > start;
}

/** `host sut`, `stage app`, `cpu`: how a block is named in messages. */
function describeBlock(block: Block): string {
  const name = block.stageKind ?? block.name;
  return name ? `${block.keyword.text} ${name.text}` : block.keyword.text;
}
