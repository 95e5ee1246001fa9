// Metric paths of `expect`: `rpc.latency.p99`, `sut.core[3].util`, `overlay.vxlan.wait`.
import { METRICS, type MetricSegment, type MetricSpec } from '../catalog';
import { closest, didYouMean } from '../suggest';
import { pathText, type Path, type PathSegment } from '../syntax/ast';
import type { Resolver } from './resolve';
import type { HnetSymbol, ResolvedMetric } from './types';

const OWNER_KINDS = new Set(METRICS.map((m) => (m.segments[0] as { symbol: string }).symbol));

/** The concrete paths a metric spec gives for a symbol (`<chain>.<stage>.wait` → one per stage). */
export function metricPathsFor(owner: HnetSymbol): string[] {
  const paths: string[] = [];
  for (const spec of METRICS) {
    if ((spec.segments[0] as { symbol: string }).symbol !== owner.kind) continue;
    let prefixes = [owner.name];
    for (const segment of spec.segments.slice(1)) {
      if ('symbol' in segment) {
        const members = [...owner.members.values()].filter((m) => m.kind === segment.symbol).map((m) => m.name);
        prefixes = prefixes.flatMap((p) => members.map((m) => `${p}.${m}`));
      } else {
        prefixes = prefixes.map((p) => `${p}.${segment.literal}${segment.indexed ? '[0]' : ''}`);
      }
    }
    paths.push(...prefixes);
  }
  return paths;
}

function segmentMatches(segment: MetricSegment, written: PathSegment, owner: HnetSymbol): HnetSymbol | true | undefined {
  if ('literal' in segment) {
    return segment.literal === written.name.text && Boolean(segment.indexed) === Boolean(written.index) ? true : undefined;
  }
  const member = owner.members.get(written.name.text);
  return member?.kind === segment.symbol && !written.index ? member : undefined;
}

function match(spec: MetricSpec, path: Path, owner: HnetSymbol): HnetSymbol[] | undefined {
  if (spec.segments.length !== path.segments.length) return undefined;
  const symbols = [owner];
  for (let i = 1; i < spec.segments.length; i++) {
    const matched = segmentMatches(spec.segments[i], path.segments[i], owner);
    if (!matched) return undefined;
    if (matched !== true) symbols.push(matched);
  }
  return symbols;
}

export function resolveMetric(path: Path, resolver: Resolver): ResolvedMetric | undefined {
  const text = pathText(path);
  const first = path.segments[0];
  const owner = first.index ? undefined : resolver.scope.get(first.name.text);
  if (!owner || !OWNER_KINDS.has(owner.kind)) {
    const names = [...resolver.scope.values()].filter((s) => OWNER_KINDS.has(s.kind)).map((s) => s.name);
    const suggestions = closest(first.name.text, names);
    const what = owner ? `\`${owner.name}\` is a ${owner.kind}` : `\`${first.name.text}\` is not defined`;
    resolver.error('HN021', first.name.span, `unknown metric \`${text}\`: ${what}; metrics start with a traffic, host or chain${didYouMean(suggestions)}`, suggestions);
    return undefined;
  }
  resolver.record(first.name.span, owner);
  for (const spec of METRICS) {
    const symbols = match(spec, path, owner);
    if (!symbols) continue;
    symbols.slice(1).forEach((symbol, i) => resolver.record(path.segments[i + 1].name.span, symbol));
    const indexed = path.segments.find((s) => s.index);
    if (indexed) resolver.record(indexed.index!.span, owner, 'core');
    return { spec, symbols, index: indexed?.index, text };
  }
  const valid = metricPathsFor(owner);
  const suggestions = closest(text, valid);
  const list = suggestions.length > 0 ? didYouMean(suggestions) : ` (${owner.kind} metrics: ${valid.slice(0, 8).join(', ')}${valid.length > 8 ? ', …' : ''})`;
  resolver.error('HN021', path.span, `unknown metric \`${text}\`${list}`, suggestions.length > 0 ? suggestions : valid);
  return undefined;
}
