// The canonical layout of a .hnet file: 2-space indent, one property or block
// per line, single spaces around `=`, lists as `[a, b]`, empty bodies as
// `{ }`, one blank line between top-level blocks and at most one (where the
// writer had one) between items. Every comment is kept: a comment that ended
// a line of code stays at the end of the line where that line's first token
// lands; a comment on its own line stays on its own line before the next item.
// A file with syntax errors is never rewritten.
//
// The formatter walks the token stream, not the tree: the tree only says where
// lines break and how deep they are indented, so no token can be lost.

import type { Block, Comment, HnetFile } from './ast';
import * as lexer from './lexer';
import type { Token } from './lexer';
import { parseDocument } from './parse';

// Local copies: under CommonJS (tsx) every namespace access is a getter call, too slow for the hot loop.
const { Comma, Dot, Identifier, Keyword, LBracket, LCurly, Quantity, RBracket, Semicolon } = lexer;

const INDENT = '  ';

interface LineBreak {
  indent: number;
  /** A top-level item that must be separated from the previous one by a blank line. */
  forceBlank: boolean;
  /** The `}` of a non-empty body: no blank line before it; comments before it are indented one deeper. */
  closesBody: boolean;
}

interface Layout {
  /** By token start offset: tokens that start a new line. */
  breaks: Map<number, LineBreak>;
  /** Start offsets of `{` that open a body with items or comments (the line ends after them). */
  bodyOpeners: Set<number>;
}

interface OutputLine {
  text: string;
  /** Comments appended at the end of the line, in source order. */
  comments: string[];
  /** Set once a line comment or a comment spanning lines is appended: nothing more can follow on this line. */
  ended: boolean;
  opensBody: boolean;
}

/** The file in canonical layout, or undefined when it has syntax errors. */
export function format(text: string): string | undefined {
  const { file, tokens } = parseDocument(text);
  if (file.errors.length > 0) return undefined;
  return new Printer(text, tokens, file.comments, layoutOf(file)).print();
}

function layoutOf(file: HnetFile): Layout {
  const layout: Layout = { breaks: new Map(), bodyOpeners: new Set() };
  const topLevel = [...file.imports, ...file.blocks].sort((a, b) => a.span.start - b.span.start);
  topLevel.forEach((item, index) => {
    const previous = topLevel[index - 1];
    const forceBlank = previous !== undefined && (item.type === 'Block' || previous.type === 'Block');
    layout.breaks.set(item.span.start, { indent: 0, forceBlank, closesBody: false });
    if (item.type === 'Block') addBody(item, 0, file.comments, layout);
  });
  return layout;
}

function addBody(block: Block, depth: number, comments: Comment[], layout: Layout): void {
  const body = block.body;
  if (!body || !body.close) return;
  const empty = block.items.length === 0 && !hasCommentBetween(comments, body.open.end, body.close.start);
  if (empty) return;
  layout.bodyOpeners.add(body.open.start);
  layout.breaks.set(body.close.start, { indent: depth, forceBlank: false, closesBody: true });
  for (const item of block.items) {
    layout.breaks.set(item.span.start, { indent: depth + 1, forceBlank: false, closesBody: false });
    if (item.type === 'Block') addBody(item, depth + 1, comments, layout);
  }
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
  /** The source line of the last printed token, and the output line where that source line's first token went. */
  private lastSourceLine = -1;
  private outputOfLastSourceLine = -1;
  private readonly sourceLines: LineCounter;
  /** Comments on their own line, printed before the next line break. */
  private pending: Comment[] = [];
  private previous: Token | undefined;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly comments: Comment[],
    private readonly layout: Layout,
  ) {
    this.sourceLines = new LineCounter(text);
  }

  print(): string {
    let c = 0;
    for (let t = 0; t < this.tokens.length; t++) {
      const token = this.tokens[t];
      while (c < this.comments.length && this.comments[c].span.start < token.startOffset) this.placeComment(this.comments[c++]);
      this.printToken(token, this.tokens[t + 1]);
    }
    while (c < this.comments.length) this.placeComment(this.comments[c++]);
    this.flushPending(0, false);
    if (this.lines.length === 0) return '';
    return `${this.lines.map(renderLine).join('\n')}\n`;
  }

  private printToken(token: Token, next: Token | undefined): void {
    const type = token.tokenType;
    if (type === Semicolon) return;
    if (type === Comma && next?.tokenType === RBracket) return; // trailing comma
    const lineBreak = this.layout.breaks.get(token.startOffset);
    if (lineBreak) {
      const commentsFirst = this.pending.length > 0;
      this.flushPending(lineBreak.closesBody ? lineBreak.indent + 1 : lineBreak.indent, lineBreak.forceBlank);
      const forceBlank = lineBreak.forceBlank && !commentsFirst;
      const blank = !lineBreak.closesBody && this.wantsBlankBefore(token.startOffset, forceBlank);
      this.startLine(lineBreak.indent, blank);
    } else {
      this.current().text += this.separator(token);
    }
    const line = this.current();
    line.text += tokenText(token);
    if (type === LCurly && this.layout.bodyOpeners.has(token.startOffset)) line.opensBody = true;
    const sourceLine = this.sourceLines.lineAt(token.startOffset);
    if (sourceLine !== this.lastSourceLine) {
      this.lastSourceLine = sourceLine;
      this.outputOfLastSourceLine = this.lines.length - 1;
    }
    this.previous = token;
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
    const afterCode = this.sourceLines.lineAt(comment.span.start) === this.lastSourceLine;
    // A comment after code stays at the end of that code's line, unless another comment has ended that line.
    if (!afterCode || this.lines[this.outputOfLastSourceLine].ended) {
      this.pending.push(comment);
      return;
    }
    const line = this.lines[this.outputOfLastSourceLine];
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
  }

  private current(): OutputLine {
    return this.lines[this.lines.length - 1];
  }
}

/** Line numbers of offsets asked in increasing order, counted as it goes (the printer walks the text once). */
class LineCounter {
  private line = 0;
  private nextNewline: number;

  constructor(private readonly text: string) {
    this.nextNewline = text.indexOf('\n');
  }

  lineAt(offset: number): number {
    while (this.nextNewline !== -1 && this.nextNewline < offset) {
      this.line++;
      this.nextNewline = this.text.indexOf('\n', this.nextNewline + 1);
    }
    return this.line;
  }
}

function newLine(text: string): OutputLine {
  return { text, comments: [], ended: false, opensBody: false };
}

function renderLine(line: OutputLine): string {
  return line.comments.length === 0 ? line.text : `${line.text} ${line.comments.join(' ')}`;
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
  return comment.style === 'line' || comment.text.includes('\n');
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
