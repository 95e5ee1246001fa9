// Words for value types and ranges, shared by messages, hover and docs.
import { formatSI, UNIT_KIND_NAMES, unitsOfKind, type UnitKind } from './units';
import type { Range, SymbolKind, ValueType } from './types';

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

const ARTICLE: Record<SymbolKind, string> = {
  host: 'a host', nic: 'a NIC', container: 'a container', chain: 'a chain', stage: 'a stage', traffic: 'a traffic', scenario: 'a scenario',
};

export function describeSymbolKinds(kinds: readonly SymbolKind[]): string {
  return orList(kinds.map((k) => ARTICLE[k]));
}

/** `a bandwidth or a packet rate`, `one of kernel, dpdk, …`, `a list of integers`. */
export function describeType(type: ValueType): string {
  switch (type.type) {
    case 'quantity':
      return orList(type.units.map((u) => UNIT_KIND_NAMES[u]));
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'string':
      return 'a quoted string';
    case 'size':
      return 'a frame size (e.g. 64B) or a size distribution (imix)';
    case 'enum':
      return `one of ${orList(type.enum.values.map((v) => v.name))}`;
    case 'reference':
      return `the name of ${describeSymbolKinds(type.targets)}`;
    case 'list':
      return `a list, each ${describeType(type.of)}`;
  }
}

const EXAMPLES: Record<UnitKind, string> = {
  time: '10us', size: '1500B', bandwidth: '100Gbps', packetRate: '1Mpps', frequency: '3GHz', cycles: '500cycles',
  cyclesPerByte: '0.3cycles/B', timePerByte: '0.1ns/B', percent: '80%',
};

/** A typical value of a unit kind, for messages: `100Gbps`. */
export function exampleOf(kind: UnitKind): string {
  return EXAMPLES[kind];
}

/** The units of some kinds: `ns, us, µs, ms, s`. */
export function unitList(kinds: readonly UnitKind[]): string[] {
  return kinds.flatMap((k) => unitsOfKind(k).map((u) => u.text));
}

function bound(value: number, kind: UnitKind | undefined): string {
  if (kind === 'size') return `${value} B`;
  if (kind === 'percent') return `${Number((value * 100).toPrecision(6))}%`;
  return kind ? formatSI(value, kind) : String(value);
}

/** `at least 1`, `between 0% and 100%`, `more than 0 s`. */
export function describeRange(range: Range, kind?: UnitKind): string {
  const { min, max } = range;
  const minInc = range.minInclusive !== false;
  const maxInc = range.maxInclusive !== false;
  if (min !== undefined && max !== undefined && minInc && maxInc) return `between ${bound(min, kind)} and ${bound(max, kind)}`;
  const parts: string[] = [];
  if (min !== undefined) parts.push(`${minInc ? 'at least' : 'more than'} ${bound(min, kind)}`);
  if (max !== undefined) parts.push(`${maxInc ? 'at most' : 'less than'} ${bound(max, kind)}`);
  return parts.join(' and ');
}

export function inRange(value: number, range: Range): boolean {
  if (range.min !== undefined && (range.minInclusive === false ? value <= range.min : value < range.min)) return false;
  if (range.max !== undefined && (range.maxInclusive === false ? value >= range.max : value > range.max)) return false;
  return true;
}
