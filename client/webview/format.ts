// Values for people: SI numbers with the language's own units (the unit table
// in the catalog spells them), counts with separators, fractions as percent.
import { metricUnit } from '../../server/language/catalog/metrics';
import type { Results } from '../../simulator/results';
import { formatSI, NOT_MEASURED, type UnitKind } from '../../server/language/catalog/units';

export type ValueKind = UnitKind | 'count' | 'fraction';

export function formatValue(value: number | null | undefined, kind: ValueKind): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NOT_MEASURED;
  if (kind === 'count') return Math.round(value).toLocaleString('en-US');
  if (kind === 'fraction') return formatPercent(value);
  return formatSI(value, kind);
}

export const formatTime = (seconds: number | null | undefined): string => formatValue(seconds, 'time');
export const formatBandwidth = (bps: number | null | undefined): string => formatValue(bps, 'bandwidth');
export const formatPacketRate = (pps: number | null | undefined): string => formatValue(pps, 'packetRate');
export const formatCount = (count: number | null | undefined): string => formatValue(count, 'count');

/** 0.1234 → `12.3%`; small non-zero fractions keep two significant digits. */
export function formatPercent(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return NOT_MEASURED;
  const percent = fraction * 100;
  if (percent === 0) return '0%';
  const digits = Math.abs(percent) >= 10 ? 3 : 2;
  return `${Number(percent.toPrecision(digits))}%`;
}

/**
 * How a metric path's values read, from the catalog's metric paths:
 * `rpc.latency.p99` is a time, `bulk.throughput` a bandwidth, `sut.core[2].util` a fraction.
 */
export function metricKind(metric: string): ValueKind {
  const unit = metricUnit(metric);
  if (unit === undefined || unit === 'count') return 'count';
  return unit === 'percent' ? 'fraction' : unit;
}

/**
 * A swept parameter's value, in the unit kind the lowering recorded for it
 * (`Results.paramUnits`); a plain number when there is none.
 */
export function formatParam(path: string, value: number | string, units: Results['paramUnits'] = {}): string {
  if (typeof value === 'string') return value;
  const kind = units[path];
  return kind ? formatSI(value, kind as UnitKind) : formatPlain(value);
}

/** 2.5e10 → `25G`, 0.5 → `0.5`: a number with a metric prefix and no unit. */
export function formatPlain(value: number): string {
  const magnitude = Math.abs(value);
  const [prefix, factor] = PREFIXES.find(([, f]) => magnitude >= f) ?? ['', 1];
  return `${Number((value / factor).toPrecision(4))}${prefix}`;
}

const PREFIXES: [string, number][] = [['T', 1e12], ['G', 1e9], ['M', 1e6], ['K', 1e3]];

