// Document symbols (the outline: blocks with their properties, nested as
// written) and workspace symbols (every symbol the linker declares, in every
// indexed file).
import {
  SymbolKind,
  type DocumentSymbol,
  type DocumentSymbolParams,
  type WorkspaceSymbol,
  type WorkspaceSymbolParams,
} from 'vscode-languageserver';
import { pathText, type Block, type Item, type Value } from '../language/syntax/ast';
import { spanToRange } from './positions';
import type { ParsedDocument } from '../language/workspace';
import type { Session } from './session';

const KIND_OF_BLOCK: Record<string, SymbolKind> = {
  host: SymbolKind.Class,
  cpu: SymbolKind.Object,
  nic: SymbolKind.Interface,
  container: SymbolKind.Package,
  link: SymbolKind.Struct,
  chain: SymbolKind.Function,
  stage: SymbolKind.Method,
  traffic: SymbolKind.Event,
  scenario: SymbolKind.Module,
  sweep: SymbolKind.Array,
  expect: SymbolKind.Boolean,
};

export function documentSymbols(session: Session, params: DocumentSymbolParams): DocumentSymbol[] {
  const parsed = session.parsed(params.textDocument.uri);
  return parsed ? parsed.ast.blocks.map((block) => blockSymbol(parsed, block)) : [];
}

function blockSymbol(parsed: ParsedDocument, block: Block): DocumentSymbol {
  const selection = block.name ?? block.stageKind ?? block.keyword;
  return {
    name: blockTitle(block),
    detail: blockDetail(block),
    kind: KIND_OF_BLOCK[block.keyword.text] ?? SymbolKind.Object,
    range: spanToRange(parsed.lines, block.span),
    selectionRange: spanToRange(parsed.lines, selection.span),
    children: block.items.map((item) => itemSymbol(parsed, item)),
  };
}

function itemSymbol(parsed: ParsedDocument, item: Item): DocumentSymbol {
  if (item.type === 'Block') return blockSymbol(parsed, item);
  const range = spanToRange(parsed.lines, item.span);
  if (item.type === 'Property') {
    return {
      name: pathText(item.key) || '?',
      detail: item.value ? valueText(parsed, item.value) : '',
      kind: SymbolKind.Property,
      range,
      selectionRange: spanToRange(parsed.lines, item.key.span),
    };
  }
  const value = item.value ? ` ${valueText(parsed, item.value)}` : '';
  return {
    name: `${pathText(item.metric) || '?'} ${item.op.text}${value}`,
    kind: SymbolKind.Boolean,
    range,
    selectionRange: spanToRange(parsed.lines, item.metric.span),
  };
}

/** What the outline shows for a block: its name, or what stands for it when it has none. */
function blockTitle(block: Block): string {
  if (block.name) return block.name.text;
  if (block.stageKind) return block.stageKind.text;
  if (block.endpoints) return block.endpoints.map((endpoint) => pathText(endpoint) || '?').join(' <-> ');
  return block.keyword.text;
}

function blockDetail(block: Block): string {
  const keyword = block.keyword.text;
  if (keyword === 'stage') return block.name && block.stageKind ? `stage ${block.stageKind.text}` : 'stage';
  if (keyword === 'chain' && block.on) return `chain on ${pathText(block.on)}`;
  return block.name || block.endpoints ? keyword : '';
}

function valueText(parsed: ParsedDocument, value: Value): string {
  const text = parsed.text.slice(value.span.start, value.span.end).replace(/\s+/g, ' ');
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

export function workspaceSymbols(session: Session, params: WorkspaceSymbolParams): WorkspaceSymbol[] {
  const query = params.query.toLowerCase();
  const found: WorkspaceSymbol[] = [];
  for (const uri of session.documents.uris()) {
    const analysis = session.analysis(uri);
    if (!analysis) continue;
    for (const symbol of analysis.symbols) {
      if (!fuzzyMatch(symbol.name, query)) continue;
      found.push({
        name: symbol.name,
        kind: KIND_OF_BLOCK[symbol.kind],
        containerName: symbol.parent?.qualifiedName,
        location: { uri, range: spanToRange(analysis.lines, symbol.nameSpan) },
      });
    }
  }
  return found;
}

/** The query's characters appear in the name in order (what VS Code's own symbol search accepts). */
function fuzzyMatch(name: string, query: string): boolean {
  const lower = name.toLowerCase();
  let at = 0;
  for (const char of query) {
    at = lower.indexOf(char, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}
