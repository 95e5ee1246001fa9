// Links one document: builds its scope from its own declarations and those
// of its imports, then resolves every reference, sweep path and metric.
import { propertySpec } from '../catalog/blocks';
import { describeSymbolKinds } from '../catalog/describe';
import type { ValueType } from '../catalog/types';
import { diagnostic, type Diagnostic } from '../diagnostic';
import { displayName } from '../uri';
import type { Block, Expectation, HnetFile, Property, Value } from '../syntax/ast';
import type { Declarations } from './declare';
import { importClosure, importDiagnostics, type ImportGraph } from './imports';
import { resolveMetric } from './metrics';
import { Resolver } from './resolve';
import { resolveSweepKey } from './sweep';
import type { HnetSymbol, LinkResult, PropertyTarget, ResolvedMetric } from './types';

export interface LinkContext extends ImportGraph {
  /** The declarations of a document, or undefined when it cannot be read. */
  declarations(uri: string): Declarations | undefined;
}

interface Place {
  /** The host whose cores `core` numbers count (a chain's `on` host). */
  coreHost?: HnetSymbol;
  /** Where a one-segment `nic = eth0` is looked up. */
  local?: HnetSymbol;
}

function buildScope(own: Declarations, context: LinkContext, diagnostics: Diagnostic[]): Map<string, HnetSymbol> {
  const scope = new Map(own.topLevel);
  const seen = new Set([own.uri]);
  const reported = new Set<string>();
  for (const imp of context.imports(own.uri)) {
    if (!imp.uri || !imp.exists || seen.has(imp.uri)) continue;
    for (const uri of [imp.uri, ...importClosure(imp.uri, context)]) {
      if (seen.has(uri)) continue;
      seen.add(uri);
      for (const symbol of context.declarations(uri)?.topLevel.values() ?? []) {
        const existing = scope.get(symbol.name);
        if (!existing) {
          scope.set(symbol.name, symbol);
        } else if (existing.uri === own.uri && !reported.has(symbol.name)) {
          reported.add(symbol.name);
          const message = `\`${symbol.name}\` is already defined as ${describeSymbolKinds([symbol.kind])} in ${displayName(symbol.uri)}`;
          diagnostics.push(diagnostic('HN012', own.uri, existing.nameSpan, message));
        } else if (existing.uri !== own.uri && existing.uri !== symbol.uri && !reported.has(symbol.name)) {
          reported.add(symbol.name);
          const message = `\`${symbol.name}\` is defined in both ${displayName(existing.uri)} and ${displayName(symbol.uri)}`;
          diagnostics.push(diagnostic('HN012', own.uri, imp.node.path.span, message));
        }
      }
    }
  }
  return scope;
}

function referenceType(type: ValueType): ValueType | undefined {
  if (type.type === 'reference') return type;
  if (type.type === 'list' && type.of.type === 'reference') return type.of;
  return undefined;
}

export function link(uri: string, file: HnetFile, own: Declarations, context: LinkContext): LinkResult {
  const diagnostics: Diagnostic[] = [...importDiagnostics(uri, context)];
  const scope = buildScope(own, context, diagnostics);
  const resolver = new Resolver(uri, scope);
  const sweeps = new Map<Property, PropertyTarget>();
  const metrics = new Map<Expectation, ResolvedMetric>();

  function resolveValue(value: Value, type: ValueType, name: string, place: Place): void {
    const target = referenceType(type);
    if (!target || target.type !== 'reference') return;
    const what = `\`${name}\``;
    const items = value.type === 'List' ? value.items : [value];
    for (const item of items) if (item.type === 'Path') resolver.reference(item, target.targets, what, place.local);
  }

  function coreReferences(value: Value, host: HnetSymbol | undefined): void {
    if (!host) return;
    const items = value.type === 'List' ? value.items : [value];
    for (const item of items) if (item.type === 'Number') resolver.record(item.span, host, 'core');
  }

  function linkSweep(prop: Property): void {
    const target = resolveSweepKey(prop.key, resolver);
    if (!target) return;
    sweeps.set(prop, target);
    const on = target.owner.kind === 'chain' ? target.owner.block.on : undefined;
    const local = on ? scope.get(on.segments[0].name.text) : undefined;
    if (prop.value?.type !== 'List') return;
    for (const item of prop.value.items) resolveValue(item, target.property.type, target.path, { local });
  }

  function linkProperty(prop: Property, keyword: string, place: Place): void {
    if (!prop.value || prop.key.segments.length !== 1) return;
    const name = prop.key.segments[0].name.text;
    const spec = propertySpec(keyword, name);
    if (!spec) return;
    resolveValue(prop.value, spec.type, name, place);
    if ((keyword === 'stage' && name === 'core') || (keyword === 'chain' && name === 'cores')) coreReferences(prop.value, place.coreHost);
  }

  function visit(block: Block, place: Place): void {
    const keyword = block.keyword.text;
    let inner = place;
    if (keyword === 'chain' && block.on) {
      const host = resolver.reference(block.on, ['host'], '`on`');
      inner = { coreHost: host, local: host };
    }
    if (keyword === 'link' && block.endpoints) {
      for (const endpoint of block.endpoints) {
        if (endpoint.segments.length === 2) resolver.reference(endpoint, ['nic'], 'a link endpoint');
        else resolver.error('HN010', endpoint.span, 'a link endpoint is `host.nic`, such as `sut.eth0`');
      }
    }
    for (const item of block.items) {
      if (item.type === 'Block') {
        visit(item, inner);
      } else if (item.type === 'Expectation') {
        const metric = resolveMetric(item.metric, resolver);
        if (metric) metrics.set(item, metric);
      } else if (keyword === 'sweep') {
        if (item.value) linkSweep(item);
      } else {
        linkProperty(item, keyword, inner);
      }
    }
  }

  for (const block of file.blocks) visit(block, {});
  return {
    uri,
    symbols: own.symbols,
    scope,
    references: resolver.references,
    resolved: resolver.resolved,
    sweeps,
    metrics,
    imports: context.imports(uri),
    closure: importClosure(uri, context),
    diagnostics: [...own.diagnostics, ...diagnostics, ...resolver.diagnostics],
  };
}
