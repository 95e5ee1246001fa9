// What every completion item is made with: the state of one request, and
// adding an item that replaces the typed word (a snippet when the client
// takes snippets, plain text otherwise).
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
} from 'vscode-languageserver';
import { describeType, type PropertySpec } from '../language/catalog';
import type { HnetSymbol } from '../language/link';
import { pathText, properties, type Block, type Span } from '../language/syntax/ast';
import type { LineIndex } from '../language/syntax/text';
import type { Analysis } from '../language/workspace';
import { defaultText, propertyMarkdown } from './docs';
import { spanToRange } from './positions';

export const RETRIGGER = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

export interface Builder {
  /** The file's latest analysis, for the names in scope; possibly of a slightly older text. */
  analysis: Analysis;
  /** Lines of the current text. */
  lines: LineIndex;
  /** Where the parsed text starts in the current text (a top-level block, when the analysis is older). */
  base: number;
  snippets: boolean;
  items: CompletionItem[];
}

/** Adds an item that replaces `replace` with `insert` (a snippet when the client takes snippets). */
export function add(b: Builder, item: CompletionItem, replace: Span, insert: string): void {
  const snippet = /\$\{?\d/.test(insert);
  const newText = snippet && !b.snippets ? plainSnippet(insert) : insert;
  b.items.push({
    ...item,
    textEdit: { range: spanToRange(b.lines, { start: replace.start + b.base, end: replace.end + b.base }), newText },
    insertTextFormat: snippet && b.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  });
}

/** A snippet as plain text: placeholders become their default text, tab stops vanish. */
export function plainSnippet(snippet: string): string {
  return snippet
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}

export function markdown(value: string) {
  return { kind: MarkupKind.Markdown, value };
}

export function propertyItem(blockKeyword: string, spec: PropertySpec, index: number): CompletionItem {
  const shown = defaultText(spec);
  return {
    label: spec.name,
    kind: CompletionItemKind.Property,
    detail: shown ? `${describeType(spec.type)} · default ${shown}` : describeType(spec.type),
    documentation: markdown(propertyMarkdown(blockKeyword, spec)),
    // Required properties first, then in catalog order.
    sortText: `${spec.required === true ? 0 : 1}${String(index).padStart(3, '0')}`,
  };
}

export function symbolItems(b: Builder, symbols: HnetSymbol[], replace: Span): void {
  for (const symbol of symbols) add(b, symbolItem(symbol, symbol.name, '1'), replace, symbol.name);
}

export function symbolItem(symbol: HnetSymbol, label: string, sortPrefix: string): CompletionItem {
  const where = symbol.kind === 'chain' && symbol.block.on ? ` on ${pathText(symbol.block.on)}` : '';
  return { label, kind: CompletionItemKind.Reference, detail: `${symbol.kind}${where}`, sortText: `${sortPrefix}${label}` };
}

export function propertyText(block: Block, name: string): string | undefined {
  const property = properties(block).find((p) => pathText(p.key) === name);
  return property?.value?.type === 'Path' ? pathText(property.value) : undefined;
}
