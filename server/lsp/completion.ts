// Completion, by what the cursor's context asks for (completion-context.ts):
// block kinds and properties of the enclosing block, enum values,
// references of the right kind (across imports), units after a number,
// stage kinds, metric paths in `expect` and parameter paths in `sweep`.
// Everything offered comes from the catalog and the linker's scope.
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type CompletionParams,
} from 'vscode-languageserver';
import {
  METRICS,
  SIZE_DISTRIBUTIONS,
  STAGE_KINDS,
  TOP_LEVEL_BLOCKS,
  UNITS,
  blockSpec,
  describeType,
  propertySpec,
  unitList,
  type MetricSpec,
  type PropertySpec,
  type SymbolKind,
  type UnitKind,
  type ValueType,
} from '../language/catalog';
import { metricPathsFor, type HnetSymbol } from '../language/link';
import { pathText, properties, type Block, type HnetFile, type Span } from '../language/syntax/ast';
import { parse } from '../language/syntax/parse';
import type { LineIndex } from '../language/syntax/text';
import type { Analysis } from '../language/workspace';
import { relativeImportPath } from './paths';
import { cursorContext, type CursorContext } from './completion-context';
import { blockMarkdown, defaultText, enumValueMarkdown, metricMarkdown, propertyMarkdown, stageKindMarkdown } from './docs';
import { spanToRange } from './positions';
import type { Session } from './session';
import type { Stack } from '../../simulator/model';

const RETRIGGER = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
const METRIC_OWNERS: ReadonlySet<SymbolKind> = new Set(['traffic', 'host', 'chain']);
const SWEEP_OWNERS: ReadonlySet<SymbolKind> = new Set(['traffic', 'host', 'chain']);

interface Builder {
  /** The file's latest analysis, for the names in scope; possibly of a slightly older text. */
  analysis: Analysis;
  /** Lines of the current text. */
  lines: LineIndex;
  /** Where the parsed text starts in the current text (a top-level block, when the analysis is older). */
  base: number;
  snippets: boolean;
  items: CompletionItem[];
}

/** A line that starts a top-level item: where a block can be parsed on its own. */
const TOP_LEVEL_START = /^(?:host|link|chain|traffic|scenario|import)\b/;

export function completion(session: Session, params: CompletionParams): CompletionList {
  const uri = params.textDocument.uri;
  const list: CompletionList = { isIncomplete: false, items: [] };
  const text = session.documents.text(uri);
  const analysis = text === undefined ? undefined : session.latestAnalysis(uri);
  if (text === undefined || !analysis) return list;
  const lines = analysis.text === text ? analysis.lines : session.lines(uri, text);
  const offset = lines.offset(params.position);
  // Up to date: use the tree. Otherwise parse only the top-level block around the cursor.
  const piece = analysis.text === text ? { start: 0, text, ast: analysis.ast } : parseAround(text, lines, offset);
  const context = cursorContext(piece.text, piece.ast, offset - piece.start);
  const builder: Builder = { analysis, lines, base: piece.start, snippets: session.options.snippets, items: list.items };
  offer(session, builder, context, offset - piece.start);
  return list;
}

/** The top-level block holding `offset`, from its first line to the line before the next top-level block. */
function parseAround(text: string, lines: LineIndex, offset: number): { start: number; text: string; ast: HnetFile } {
  const cursorLine = lines.position(offset).line;
  let first = cursorLine;
  while (first > 0 && !TOP_LEVEL_START.test(lineText(text, lines, first))) first--;
  let last = cursorLine + 1;
  while (last < lines.lineCount && !TOP_LEVEL_START.test(lineText(text, lines, last))) last++;
  const start = lines.lineStart(first);
  const end = last < lines.lineCount ? lines.lineStart(last) : text.length;
  const piece = text.slice(start, end);
  return { start, text: piece, ast: parse(piece) };
}

function lineText(text: string, lines: LineIndex, line: number): string {
  const start = lines.lineStart(line);
  return text.slice(start, start + 16);
}

function offer(session: Session, b: Builder, context: CursorContext, offset: number): void {
  switch (context.kind) {
    case 'none':
      return;
    case 'item': {
      const block = context.blocks.at(-1);
      if (!block) return topLevelItems(b, context.replace);
      if (block.keyword.text === 'expect') return metricItems(b, context.segments, context.replace);
      if (block.keyword.text === 'sweep') return sweepItems(b, context.segments, context.replace);
      if (context.segments.length === 0) blockItems(b, block, context.replace, offset);
      return;
    }
    case 'value': {
      const type = valueType(b.analysis, context.blocks, context.key);
      if (type) valueItems(b, context.blocks, context.key, type, context.segments, context.replace);
      return;
    }
    case 'unit': {
      const kinds = context.key
        ? unitKinds(valueType(b.analysis, context.blocks, context.key))
        : metricUnitKinds(b.analysis, context.blocks.at(-1), offset);
      for (const unit of unitList(kinds)) {
        add(b, { label: unit, kind: CompletionItemKind.Unit, detail: UNITS.get(unit)?.doc }, context.replace, unit);
      }
      return;
    }
    case 'stageKind':
      return stageKindItems(b, context.blocks, context.replace);
    case 'chainOn':
      add(b, { label: 'on', kind: CompletionItemKind.Keyword, detail: 'the host the chain runs on', command: RETRIGGER }, context.replace, 'on ');
      return;
    case 'chainHost':
      return symbolItems(b, [...b.analysis.link.scope.values()].filter((s) => s.kind === 'host'), context.replace);
    case 'linkEndpoint':
      return referenceItems(b, ['nic'], context.segments, context.replace, undefined);
    case 'importPath':
      return importItems(session, b, context.replace);
  }
}

function topLevelItems(b: Builder, replace: Span): void {
  for (const keyword of TOP_LEVEL_BLOCKS) {
    const spec = blockSpec(keyword)!;
    add(b, { label: keyword, kind: CompletionItemKind.Keyword, detail: spec.doc, documentation: markdown(blockMarkdown(spec)) }, replace, spec.snippet);
  }
  add(b, { label: 'import', kind: CompletionItemKind.Keyword, detail: 'use the names of another .hnet file' }, replace, 'import "${1:common.hnet}"');
}

/** Inside a block: its child blocks and the properties it does not have yet. */
function blockItems(b: Builder, block: Block, replace: Span, offset: number): void {
  const spec = blockSpec(block.keyword.text);
  if (!spec) return;
  const present = new Set(block.items.filter((item) => item.type === 'Block').map((item) => (item as Block).keyword.text));
  for (const child of spec.children) {
    const childSpec = blockSpec(child)!;
    if (childSpec.once && present.has(child)) continue;
    add(b, { label: child, kind: CompletionItemKind.Keyword, detail: childSpec.doc, documentation: markdown(blockMarkdown(childSpec)) }, replace, childSpec.snippet);
  }
  const set = new Set(
    properties(block)
      .filter((p) => !(p.key.span.start <= offset && offset <= p.key.span.end))
      .map((p) => pathText(p.key)),
  );
  spec.properties.forEach((property, index) => {
    if (!set.has(property.name)) add(b, propertyItem(block.keyword.text, property, index), replace, property.snippet);
  });
}

function propertyItem(blockKeyword: string, spec: PropertySpec, index: number): CompletionItem {
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

/** The type of the property `key` of the innermost block (in `sweep`, of the property the path names). */
function valueType(analysis: Analysis, blocks: Block[], key: string): ValueType | undefined {
  const block = blocks.at(-1);
  if (!block) return undefined;
  if (block.keyword.text === 'sweep') {
    // By the path's text: the tree at hand may be a fresh parse of part of the file.
    const target = [...analysis.link.sweeps.values()].find((t) => t.path === key);
    return target ? { type: 'list', of: target.property.type } : undefined;
  }
  return propertySpec(block.keyword.text, key)?.type;
}

function valueItems(b: Builder, blocks: Block[], key: string, type: ValueType, segments: string[], replace: Span): void {
  const element = type.type === 'list' ? type.of : type;
  const block = blocks.at(-1)!;
  switch (element.type) {
    case 'enum':
      if (segments.length > 0) return;
      for (const value of element.enum.values) {
        add(b, { label: value.name, kind: CompletionItemKind.EnumMember, documentation: markdown(enumValueMarkdown(element.enum.name, value)) }, replace, value.name);
      }
      return;
    case 'reference':
      return referenceItems(b, element.targets, segments, replace, { block, key });
    case 'size':
      if (segments.length > 0) return;
      for (const dist of SIZE_DISTRIBUTIONS) add(b, { label: dist.name, kind: CompletionItemKind.EnumMember, detail: dist.doc }, replace, dist.name);
      return typicalValues(b, block, key, replace);
    case 'quantity':
    case 'integer':
    case 'number':
      if (segments.length === 0) typicalValues(b, block, key, replace);
      return;
    default:
      return;
  }
}

/** The default and the example of a property, as values to pick. */
function typicalValues(b: Builder, block: Block, key: string, replace: Span): void {
  const spec = propertySpec(block.keyword.text, key);
  if (!spec) return;
  const shown = spec.default && 'text' in spec.default ? spec.default.text : undefined;
  if (shown && !shown.startsWith('[')) add(b, { label: shown, kind: CompletionItemKind.Value, detail: 'default', sortText: '0' }, replace, shown);
  if (spec.example !== shown && !spec.example.startsWith('[')) {
    add(b, { label: spec.example, kind: CompletionItemKind.Value, detail: 'example', sortText: '1' }, replace, spec.example);
  }
}

/**
 * Names of the right kind: top-level symbols in scope (imports included),
 * members as `owner.member`, and for a chain's `nic` its host's NICs. `via`
 * puts the chains on the traffic's `to` host first.
 */
function referenceItems(
  b: Builder,
  targets: readonly SymbolKind[],
  segments: string[],
  replace: Span,
  place: { block: Block; key: string } | undefined,
): void {
  const scope = b.analysis.link.scope;
  if (segments.length > 1) return;
  if (segments.length === 1) {
    const owner = scope.get(segments[0]);
    if (owner) symbolItems(b, [...owner.members.values()].filter((m) => targets.includes(m.kind)), replace);
    return;
  }
  const preferredHost = place?.key === 'via' ? propertyText(place.block, 'to')?.split('.')[0] : undefined;
  const symbols: HnetSymbol[] = [];
  const members: HnetSymbol[] = [];
  for (const symbol of scope.values()) {
    if (targets.includes(symbol.kind)) symbols.push(symbol);
    for (const member of symbol.members.values()) if (targets.includes(member.kind)) members.push(member);
  }
  if (place && place.block.keyword.text === 'chain' && place.block.on) {
    const host = scope.get(place.block.on.segments[0]?.name.text ?? '');
    for (const member of host?.members.values() ?? []) {
      if (targets.includes(member.kind)) add(b, symbolItem(member, member.name, '0'), replace, member.name);
    }
  }
  for (const symbol of symbols) {
    const onPreferred = preferredHost !== undefined && symbol.block.on && pathText(symbol.block.on) === preferredHost;
    add(b, symbolItem(symbol, symbol.name, onPreferred ? '0' : '1'), replace, symbol.name);
  }
  for (const member of members) add(b, symbolItem(member, member.qualifiedName, '2'), replace, member.qualifiedName);
}

function symbolItems(b: Builder, symbols: HnetSymbol[], replace: Span): void {
  for (const symbol of symbols) add(b, symbolItem(symbol, symbol.name, '1'), replace, symbol.name);
}

function symbolItem(symbol: HnetSymbol, label: string, sortPrefix: string): CompletionItem {
  const where = symbol.kind === 'chain' && symbol.block.on ? ` on ${pathText(symbol.block.on)}` : '';
  return { label, kind: CompletionItemKind.Reference, detail: `${symbol.kind}${where}`, sortText: `${sortPrefix}${label}` };
}

function propertyText(block: Block, name: string): string | undefined {
  const property = properties(block).find((p) => pathText(p.key) === name);
  return property?.value?.type === 'Path' ? pathText(property.value) : undefined;
}

function unitKinds(type: ValueType | undefined): UnitKind[] {
  const element = type?.type === 'list' ? type.of : type;
  if (element?.type === 'quantity') return [...element.units];
  if (element?.type === 'size') return ['size'];
  return [];
}

/** In `expect`, the unit kind of the metric compared just before the cursor. */
function metricUnitKinds(analysis: Analysis, block: Block | undefined, offset: number): UnitKind[] {
  if (block?.keyword.text !== 'expect') return [];
  const expectation = block.items.find((item) => item.type === 'Expectation' && item.op.span.end <= offset && (!item.value || offset <= item.value.span.end));
  if (expectation?.type !== 'Expectation') return [];
  const text = pathText(expectation.metric);
  const unit = [...analysis.link.metrics.values()].find((m) => m.text === text)?.spec.unit;
  return unit && unit !== 'count' ? [unit] : [];
}

/** Whole metric paths (`rpc.latency.p99`) that continue what is typed. */
function metricItems(b: Builder, segments: string[], replace: Span): void {
  const typed = segments.length > 0 ? `${segments.join('.')}.` : '';
  const start = replace.start - typed.length;
  for (const owner of b.analysis.link.scope.values()) {
    if (!METRIC_OWNERS.has(owner.kind)) continue;
    if (segments.length > 0 && segments[0] !== owner.name) continue;
    for (const path of metricPathsFor(owner)) {
      if (!path.startsWith(typed)) continue;
      const spec = metricSpecFor(path, owner);
      const insert = path.replace('core[0]', 'core[${1:0}]');
      const item: CompletionItem = {
        label: path,
        kind: CompletionItemKind.Field,
        detail: spec ? `${spec.unit === 'count' ? 'count' : describeType({ type: 'quantity', units: [spec.unit] })}` : undefined,
        documentation: spec ? markdown(metricMarkdown(spec, path)) : undefined,
      };
      add(b, item, { start, end: replace.end }, insert);
    }
  }
}

function metricSpecFor(path: string, owner: HnetSymbol): MetricSpec | undefined {
  const parts = path.split('.').map((part) => part.replace(/\[\d+\]$/, ''));
  return METRICS.find(
    (spec) =>
      'symbol' in spec.segments[0] &&
      spec.segments[0].symbol === owner.kind &&
      spec.segments.length === parts.length &&
      spec.segments.every((segment, i) => !('literal' in segment) || segment.literal === parts[i]),
  );
}

/** Sweep paths, one segment at a time: a named thing, then a member or `cpu`, then a property. */
function sweepItems(b: Builder, segments: string[], replace: Span): void {
  const scope = b.analysis.link.scope;
  if (segments.length === 0) {
    for (const symbol of scope.values()) {
      if (!SWEEP_OWNERS.has(symbol.kind)) continue;
      add(b, { ...symbolItem(symbol, symbol.name, '1'), command: RETRIGGER }, replace, `${symbol.name}.`);
    }
    return;
  }
  const owner = scope.get(segments[0]);
  if (!owner || !SWEEP_OWNERS.has(owner.kind)) return;
  let blockKeyword: string = owner.kind;
  if (segments.length === 2) {
    const member = owner.members.get(segments[1]);
    const onceChild = blockSpec(owner.kind)?.children.find((c) => c === segments[1] && blockSpec(c)?.once);
    if (member) blockKeyword = member.kind;
    else if (onceChild) blockKeyword = onceChild;
    else return;
  } else if (segments.length > 2) {
    return;
  } else {
    for (const member of owner.members.values()) {
      if (blockSpec(member.kind)?.properties.length) add(b, { ...symbolItem(member, member.name, '2'), command: RETRIGGER }, replace, `${member.name}.`);
    }
    for (const child of blockSpec(owner.kind)?.children ?? []) {
      const spec = blockSpec(child)!;
      if (spec.once && spec.properties.length > 0) {
        add(b, { label: child, kind: CompletionItemKind.Module, detail: spec.doc, command: RETRIGGER, sortText: `2${child}` }, replace, `${child}.`);
      }
    }
  }
  blockSpec(blockKeyword)?.properties.forEach((property, index) => {
    add(b, propertyItem(blockKeyword, property, index), replace, `${property.name} = [\${1}]`);
  });
}

function stageKindItems(b: Builder, blocks: Block[], replace: Span): void {
  const chain = [...blocks].reverse().find((block) => block.keyword.text === 'chain');
  const stack = (chain && propertyText(chain, 'stack')) ?? defaultStack();
  for (const spec of STAGE_KINDS) {
    const fits = spec.stacks.includes(stack as Stack);
    add(
      b,
      {
        label: spec.kind,
        kind: CompletionItemKind.Class,
        detail: fits ? spec.doc : `not for ${stack} chains · ${spec.doc}`,
        documentation: markdown(stageKindMarkdown(spec, stack as Stack)),
        sortText: `${fits ? 0 : 1}${spec.kind}`,
      },
      replace,
      spec.kind,
    );
  }
}

function defaultStack(): string {
  const spec = propertySpec('chain', 'stack');
  return spec?.default && 'text' in spec.default ? spec.default.text : 'kernel';
}

function importItems(session: Session, b: Builder, replace: Span): void {
  const here = b.analysis.uri;
  for (const uri of session.documents.uris()) {
    if (uri === here) continue;
    const path = relativeImportPath(here, uri);
    if (path) add(b, { label: path, kind: CompletionItemKind.File }, replace, path);
  }
}

/** Adds an item that replaces `replace` with `insert` (a snippet when the client takes snippets). */
function add(b: Builder, item: CompletionItem, replace: Span, insert: string): void {
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

function markdown(value: string) {
  return { kind: MarkupKind.Markdown, value };
}
