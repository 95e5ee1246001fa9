// Spans (UTF-16 offsets, as in the AST) → LSP ranges (0-based lines and UTF-16 columns).
import type { Range } from 'vscode-languageserver';
import type { Span } from '../language/syntax/ast';
import type { LineIndex } from '../language/syntax/text';

export function spanToRange(lines: LineIndex, span: Span): Range {
  return { start: lines.position(span.start), end: lines.position(span.end) };
}

/** True when `offset` lies in the span or touches its end (a cursor right after a word is on it). */
export function touches(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
