// Selection ranges (expand/shrink selection): from the word at the cursor
// out through its path, its property or expectation, and the blocks around it.
import type { SelectionRange, SelectionRangeParams } from 'vscode-languageserver';
import type { Block, Path, Span, Value } from '../language/syntax/ast';
import { spanToRange, touches } from './positions';
import type { Session } from './session';

export function selectionRanges(session: Session, params: SelectionRangeParams): SelectionRange[] {
  const parsed = session.parsed(params.textDocument.uri);
  if (!parsed) return [];
  return params.positions.map((position) => {
    const offset = parsed.lines.offset(position);
    const spans = enclosingSpans(parsed.ast.blocks, offset);
    spans.push({ start: 0, end: parsed.text.length });
    let range: SelectionRange | undefined;
    // Outermost first, so each range's parent is the one before it.
    const unique = spans
      .filter((span, i) => spans.findIndex((other) => other.start === span.start && other.end === span.end) === i)
      .sort((a, b) => b.end - b.start - (a.end - a.start));
    for (const span of unique) range = { range: spanToRange(parsed.lines, span), parent: range };
    return range ?? { range: { start: position, end: position } };
  });
}

function enclosingSpans(blocks: readonly Block[], offset: number): Span[] {
  const spans: Span[] = [];
  const path = (node: Path | undefined): void => {
    if (!node || !touches(node.span, offset)) return;
    spans.push(node.span);
    for (const segment of node.segments) if (touches(segment.name.span, offset)) spans.push(segment.name.span);
  };
  const value = (node: Value | undefined): void => {
    if (!node || !touches(node.span, offset)) return;
    spans.push(node.span);
    if (node.type === 'List') node.items.forEach(value);
    else if (node.type === 'Path') path(node);
  };
  const block = (node: Block): void => {
    if (!touches(node.span, offset)) return;
    spans.push(node.span);
    for (const ident of [node.keyword, node.name, node.stageKind]) if (ident && touches(ident.span, offset)) spans.push(ident.span);
    path(node.on);
    node.endpoints?.forEach(path);
    for (const item of node.items) {
      if (item.type === 'Block') block(item);
      else if (touches(item.span, offset)) {
        spans.push(item.span);
        if (item.type === 'Property') path(item.key);
        else path(item.metric);
        value(item.value);
      }
    }
  };
  blocks.forEach(block);
  return spans;
}
