// The canonical layout of a .hnet file, in the spirit of gofmt: the writer's
// line structure is kept and everything else is normalised. Items written on
// one line stay on one line, two spaces apart; items on separate lines stay
// apart. A body written on one line stays `{ a = 1  b = 2 }` (empty: `{ }`);
// a body that spans lines gets one line per source line, indented 2 spaces per
// level, with `}` on its own line. Inside an item: single spaces around `=`
// and operators, lists as `[a, b]`. Top-level blocks are one per line with one
// blank line between them; elsewhere at most one blank line is kept (where the
// writer had one), never right after `{` or before `}`.
//
// Every comment is kept. A comment that ends a line of code stays at its end;
// trailing comments on consecutive lines are aligned to one column. A block
// comment followed by code on its line stays inline; a comment on its own line
// stays on its own line before the next item. A file with syntax errors is
// never rewritten.
//
// The formatter walks the token stream, not the tree: the tree only says where
// lines break, where items share a line and how deep they are indented, so no
// token can be lost.

import type { Block, Comment, HnetFile } from './ast';
import * as lexer from './lexer';
import type { Token } from './lexer';
import { parseDocument } from './parse';
import { LineIndex } from './text';

// Local copies: under CommonJS (tsx) every namespace access is a getter call, too slow for the hot loop.
const { Comma, Dot, Identifier, Keyword, LBracket, LCurly, Quantity, RBracket, Semicolon } = lexer;

const INDENT = '  ';
/** Between items that share a line, and before a trailing comment. */
const ITEM_GAP = '  ';

interface LineBreak {
  indent: number;
  /** A top-level item that must be separated from the previous one by a blank line. */
  forceBlank: boolean;
  /** The `}` of a body that spans lines: no blank line before it; comments before it are indented one deeper. */
  closesBody: boolean;
}

interface Layout {
  /** By token start offset: tokens that start a new line. */
  breaks: Map<number, LineBreak>;
  /** Start offsets of items that follow another item on the same line. */
  joins: Set<number>;
  /** Start offsets of `{` that open a body spanning lines (the line ends after them). */
  bodyOpeners: Set<number>;
}

interface OutputLine {
  text: string;
  /** Comments after the code, in source order, printed aligned at the end of the line. */
  comments: string[];
  /** Set once a line comment or a comment spanning lines is appended: nothing more can follow on this line. */
  ended: boolean;
  opensBody: boolean;
}

/** The file in canonical layout, or undefined when it has syntax errors. */
export function format(text: string): string | undefined {
  const { file, tokens } = parseDocument(text);
  if (file.errors.length > 0) return undefined;
  const lines = new LineIndex(text);
  return new Printer(text, lines, tokens, file.comments, layoutOf(file, lines)).print();
}

function layoutOf(file: HnetFile, lines: LineIndex): Layout {
  const layout: Layout = { breaks: new Map(), joins: new Set(), bodyOpeners: new Set() };
  const topLevel = [...file.imports, ...file.blocks].sort((a, b) => a.span.start - b.span.start);
  topLevel.forEach((item, index) => {
    const previous = topLevel[index - 1];
    const forceBlank = previous !== undefined && (item.type === 'Block' || previous.type === 'Block');
    layout.breaks.set(item.span.start, { indent: 0, forceBlank, closesBody: false });
    if (item.type === 'Block') addBody(item, 0, file.comments, lines, layout);
  });
  return layout;
}

function addBody(block: Block, depth: number, comments: Comment[], lines: LineIndex, layout: Layout): void {
  const body = block.body;
  if (!body || !body.close) return;
  const empty = block.items.length === 0 && !hasCommentBetween(comments, body.open.end, body.close.start);
  if (empty) return;
  const lineOf = (offset: number) => lines.position(offset).line;
  const spansLines = lineOf(body.open.start) !== lineOf(body.close.start);
  if (spansLines) {
    layout.bodyOpeners.add(body.open.start);
    layout.breaks.set(body.close.start, { indent: depth, forceBlank: false, closesBody: true });
  }
  block.items.forEach((item, index) => {
    const previous = block.items[index - 1];
    const sharesLine = previous !== undefined && lineOf(previous.span.end) === lineOf(item.span.start);
    if (sharesLine) layout.joins.add(item.span.start);
    else if (spansLines) layout.breaks.set(item.span.start, { indent: depth + 1, forceBlank: false, closesBody: false });
    if (item.type === 'Block') addBody(item, depth + 1, comments, lines, layout);
  });
}

function hasCommentBetween(comments: Comment[], start: number, end: number): boolean {
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (comments[mid].span.start < start) low = mid + 1;
    else high = mid;
  }
  return low < comments.length && comments[low].span.start < end;
}

class Printer {
  private readonly lines: OutputLine[] = [];
  /** The source line of the last printed token. */
  private lastSourceLine = -1;
  /** Comments on their own line, printed before the next line break. */
  private pending: Comment[] = [];
  /** One-line block comments after code, waiting to see whether code follows them on their line. */
  private afterCode: Comment[] = [];
  private previous: Token | undefined;
  /** The last thing written on the current line is an inline comment. */
  private afterInlineComment = false;

  constructor(
    private readonly text: string,
    private readonly sourceLines: LineIndex,
    private readonly tokens: Token[],
    private readonly comments: Comment[],
    private readonly layout: Layout,
  ) {}

  print(): string {
    let c = 0;
    for (let t = 0; t < this.tokens.length; t++) {
      const token = this.tokens[t];
      while (c < this.comments.length && this.comments[c].span.start < token.startOffset) this.placeComment(this.comments[c++]);
      this.printToken(token, this.tokens[t + 1]);
    }
    while (c < this.comments.length) this.placeComment(this.comments[c++]);
    this.trailAfterCode();
    this.flushPending(0, false);
    return renderLines(this.lines);
  }

  private printToken(token: Token, next: Token | undefined): void {
    const type = token.tokenType;
    if (type === Semicolon) return;
    if (type === Comma && next?.tokenType === RBracket) return; // trailing comma
    const sourceLine = this.lineOf(token.startOffset);
    const lineBreak = this.layout.breaks.get(token.startOffset);
    if (lineBreak) {
      this.trailAfterCode();
      const commentsFirst = this.pending.length > 0;
      this.flushPending(lineBreak.closesBody ? lineBreak.indent + 1 : lineBreak.indent, lineBreak.forceBlank);
      const forceBlank = lineBreak.forceBlank && !commentsFirst;
      const blank = !lineBreak.closesBody && this.wantsBlankBefore(token.startOffset, forceBlank);
      this.startLine(lineBreak.indent, blank);
    } else {
      const joins = this.layout.joins.has(token.startOffset);
      this.placeAfterCode(sourceLine);
      const line = this.current();
      line.text += joins ? ITEM_GAP : this.afterInlineComment ? ' ' : this.separator(token);
    }
    const line = this.current();
    line.text += tokenText(token);
    if (type === LCurly && this.layout.bodyOpeners.has(token.startOffset)) line.opensBody = true;
    this.lastSourceLine = sourceLine;
    this.previous = token;
    this.afterInlineComment = false;
  }

  private separator(token: Token): string {
    const previous = this.previous;
    const type = token.tokenType;
    // An index bracket is glued to its name (`core[3]`), as the parser requires.
    if (type === LBracket && previous && isWordToken(previous) && previous.startOffset + previous.image.length === token.startOffset) {
      return '';
    }
    const glued = type === Dot || type === Comma || type === RBracket;
    return glued || previous?.tokenType === Dot || previous?.tokenType === LBracket ? '' : ' ';
  }

  private placeComment(comment: Comment): void {
    const afterCode = this.lineOf(comment.span.start) === this.lastSourceLine;
    // A comment after code stays on that code's line, unless another comment has ended that line.
    if (!afterCode || this.current().ended) {
      this.pending.push(comment);
      return;
    }
    if (!endsLine(comment)) {
      this.afterCode.push(comment);
      return;
    }
    this.trailAfterCode();
    this.trail(comment);
  }

  /**
   * Before a token that continues the current line: a one-line comment that the token
   * follows on the comment's source line stays inline; any other is a trailing comment.
   */
  private placeAfterCode(tokenLine: number): void {
    const line = this.current();
    for (const comment of this.afterCode) {
      if (line.comments.length === 0 && this.lineOf(comment.span.start) === tokenLine) {
        line.text += ` ${comment.text}`;
        this.afterInlineComment = true;
      } else {
        this.trail(comment);
      }
    }
    this.afterCode = [];
  }

  /** The waiting comments after code end the current line: no code follows them there. */
  private trailAfterCode(): void {
    for (const comment of this.afterCode) this.trail(comment);
    this.afterCode = [];
  }

  private trail(comment: Comment): void {
    const line = this.current();
    line.comments.push(commentText(comment));
    line.ended = endsLine(comment);
  }

  private flushPending(indent: number, forceBlank: boolean): void {
    this.pending.forEach((comment, index) => {
      this.startLine(indent, this.wantsBlankBefore(comment.span.start, forceBlank && index === 0));
      const line = this.current();
      line.text += commentText(comment);
      line.ended = endsLine(comment);
    });
    this.pending = [];
  }

  /** A blank line is kept where the writer had one, never right after `{` or at the top of the file. */
  private wantsBlankBefore(offset: number, forceBlank: boolean): boolean {
    const last = this.lines[this.lines.length - 1];
    if (!last || last.opensBody) return false;
    return forceBlank || blankLineBefore(this.text, offset);
  }

  private startLine(indent: number, blankBefore: boolean): void {
    if (blankBefore) this.lines.push(newLine(''));
    this.lines.push(newLine(INDENT.repeat(indent)));
    this.afterInlineComment = false;
  }

  private current(): OutputLine {
    return this.lines[this.lines.length - 1];
  }

  private lineOf(offset: number): number {
    return this.sourceLines.position(offset).line;
  }
}

function newLine(text: string): OutputLine {
  return { text, comments: [], ended: false, opensBody: false };
}

/**
 * Trailing comments on consecutive lines start in one column, two spaces after the
 * longest code among those lines (as gofmt aligns them); a lone one is two spaces after its code.
 */
function renderLines(lines: OutputLine[]): string {
  if (lines.length === 0) return '';
  const out: string[] = [];
  let runStart = 0;
  while (runStart < lines.length) {
    if (lines[runStart].comments.length === 0) {
      out.push(lines[runStart++].text);
      continue;
    }
    let runEnd = runStart + 1;
    while (runEnd < lines.length && lines[runEnd].comments.length > 0 && !spansLines(lines[runEnd - 1])) runEnd++;
    const column = Math.max(...lines.slice(runStart, runEnd).map((line) => line.text.length)) + ITEM_GAP.length;
    for (let i = runStart; i < runEnd; i++) out.push(lines[i].text.padEnd(column) + lines[i].comments.join(' '));
    runStart = runEnd;
  }
  return `${out.join('\n')}\n`;
}

/** A line whose last comment runs over several lines: the next line does not sit right below it. */
function spansLines(line: OutputLine): boolean {
  return /[\r\n]/.test(line.comments[line.comments.length - 1]);
}

/** `8 us` is printed `8us`; every other token as written. */
function tokenText(token: Token): string {
  if (token.tokenType !== Quantity) return token.image;
  const parts = token.payload!; // every quantity token has one
  return token.image.slice(0, parts.numberEnd) + token.image.slice(parts.unitStart);
}

function commentText(comment: Comment): string {
  return comment.style === 'line' ? comment.text.trimEnd() : comment.text;
}

function endsLine(comment: Comment): boolean {
  return comment.style === 'line' || /[\r\n]/.test(comment.text);
}

function isWordToken(token: Token): boolean {
  return token.tokenType === Identifier || token.tokenType === Keyword;
}

/** True when the whitespace just before `offset` holds an empty line. */
function blankLineBefore(text: string, offset: number): boolean {
  let newlines = 0;
  for (let i = offset - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      if (++newlines === 2) return true;
    } else if (code !== 32 && code !== 9 && code !== 13 && code !== 12 && code !== 11 && code !== 0xa0 && code !== 0xfeff) {
      return false;
    }
  }
  return false;
}
