// Spans (UTF-16 offsets, as in the AST) ↔ LSP ranges (0-based lines and UTF-16 columns).
import type { Position, Range } from 'vscode-languageserver';
import type { Span } from '../language/syntax/ast';
import type { LineIndex } from '../language/syntax/text';

export function spanToRange(lines: LineIndex, span: Span): Range {
  return { start: lines.position(span.start), end: lines.position(span.end) };
}

export function rangeToSpan(lines: LineIndex, range: Range): Span {
  return { start: lines.offset(range.start), end: lines.offset(range.end) };
}

export function offsetAt(lines: LineIndex, position: Position): number {
  return lines.offset(position);
}

/** True when `offset` lies in the span or touches its end (a cursor right after a word is on it). */
export function touches(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
