// Completion after `key =` and right after a number: enum values, names of
// the right kind (across imports), typical values, and units.
import { CompletionItemKind } from 'vscode-languageserver';
import { SIZE_DISTRIBUTIONS, propertySpec, type SymbolKind, type UnitKind, type ValueType } from '../language/catalog';
import type { HnetSymbol } from '../language/link';
import { pathText, type Block, type Span } from '../language/syntax/ast';
import type { Analysis } from '../language/workspace';
import { add, markdown, propertyText, symbolItem, symbolItems, type Builder } from './completion-items';
import { enumValueMarkdown } from './docs';

/** The type of the property `key` of the innermost block (in `sweep`, of the property the path names). */
export function valueType(analysis: Analysis, blocks: Block[], key: string): ValueType | undefined {
  const block = blocks.at(-1);
  if (!block) return undefined;
  if (block.keyword.text === 'sweep') {
    // By the path's text: the tree at hand may be a fresh parse of part of the file.
    const target = [...analysis.link.sweeps.values()].find((t) => t.path === key);
    return target ? { type: 'list', of: target.property.type } : undefined;
  }
  return propertySpec(block.keyword.text, key)?.type;
}

export function valueItems(b: Builder, blocks: Block[], key: string, type: ValueType, segments: string[], replace: Span): void {
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
export function referenceItems(
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

export function unitKinds(type: ValueType | undefined): UnitKind[] {
  const element = type?.type === 'list' ? type.of : type;
  if (element?.type === 'quantity') return [...element.units];
  if (element?.type === 'size') return ['size'];
  return [];
}

/** In `expect`, the unit kind of the metric compared just before the cursor. */
export function metricUnitKinds(analysis: Analysis, block: Block | undefined, offset: number): UnitKind[] {
  if (block?.keyword.text !== 'expect') return [];
  const expectation = block.items.find((item) => item.type === 'Expectation' && item.op.span.end <= offset && (!item.value || offset <= item.value.span.end));
  if (expectation?.type !== 'Expectation') return [];
  const text = pathText(expectation.metric);
  const unit = [...analysis.link.metrics.values()].find((m) => m.text === text)?.spec.unit;
  return unit && unit !== 'count' ? [unit] : [];
}
