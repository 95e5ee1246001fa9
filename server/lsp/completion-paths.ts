// Completion of paths: metric paths in `expect` (whole, continuing what is
// typed) and parameter paths in `sweep` (one segment at a time).
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { METRICS, blockSpec, describeType, type MetricSpec, type SymbolKind } from '../language/catalog';
import { metricPathsFor, type HnetSymbol } from '../language/link';
import type { Span } from '../language/syntax/ast';
import { RETRIGGER, add, markdown, propertyItem, symbolItem, type Builder } from './completion-items';
import { metricMarkdown } from './docs';

const METRIC_OWNERS: ReadonlySet<SymbolKind> = new Set(['traffic', 'host', 'chain']);

const SWEEP_OWNERS: ReadonlySet<SymbolKind> = new Set(['traffic', 'host', 'chain']);

/** Whole metric paths (`rpc.latency.p99`) that continue what is typed. */
export function metricItems(b: Builder, segments: string[], replace: Span): void {
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
export function sweepItems(b: Builder, segments: string[], replace: Span): void {
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
