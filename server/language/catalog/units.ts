// Every unit of the language: its kind and its factor to SI. The lexer builds
// its quantity pattern from this table; validation, lowering, hover and
// completion read it. No other file spells a unit.

export type UnitKind =
  | 'time'
  | 'size'
  | 'bandwidth'
  | 'packetRate'
  | 'frequency'
  | 'cycles'
  | 'cyclesPerByte'
  | 'timePerByte'
  | 'percent';

export interface UnitInfo {
  text: string;
  kind: UnitKind;
  /** Multiply a value in this unit by `factor` to get SI (s, B, bit/s, packet/s, Hz, cycles, 0..1). */
  factor: number;
  doc: string;
}

const table: [string, UnitKind, number, string][] = [
  ['ns', 'time', 1e-9, 'nanoseconds'],
  ['us', 'time', 1e-6, 'microseconds'],
  ['µs', 'time', 1e-6, 'microseconds'],
  ['ms', 'time', 1e-3, 'milliseconds'],
  ['s', 'time', 1, 'seconds'],
  ['B', 'size', 1, 'bytes'],
  ['KB', 'size', 1e3, 'kilobytes (10³ bytes)'],
  ['MB', 'size', 1e6, 'megabytes (10⁶ bytes)'],
  ['GB', 'size', 1e9, 'gigabytes (10⁹ bytes)'],
  ['KiB', 'size', 2 ** 10, 'kibibytes (2¹⁰ bytes)'],
  ['MiB', 'size', 2 ** 20, 'mebibytes (2²⁰ bytes)'],
  ['GiB', 'size', 2 ** 30, 'gibibytes (2³⁰ bytes)'],
  ['bps', 'bandwidth', 1, 'bits per second'],
  ['Kbps', 'bandwidth', 1e3, 'kilobits per second'],
  ['Mbps', 'bandwidth', 1e6, 'megabits per second'],
  ['Gbps', 'bandwidth', 1e9, 'gigabits per second'],
  ['Tbps', 'bandwidth', 1e12, 'terabits per second'],
  ['pps', 'packetRate', 1, 'packets per second'],
  ['Kpps', 'packetRate', 1e3, 'thousand packets per second'],
  ['Mpps', 'packetRate', 1e6, 'million packets per second'],
  ['Hz', 'frequency', 1, 'hertz'],
  ['KHz', 'frequency', 1e3, 'kilohertz'],
  ['MHz', 'frequency', 1e6, 'megahertz'],
  ['GHz', 'frequency', 1e9, 'gigahertz'],
  ['cycles', 'cycles', 1, 'CPU cycles'],
  ['cycles/B', 'cyclesPerByte', 1, 'CPU cycles per byte'],
  ['ns/B', 'timePerByte', 1e-9, 'nanoseconds per byte'],
  ['%', 'percent', 0.01, 'percent'],
];

export const UNITS: ReadonlyMap<string, UnitInfo> = new Map(
  table.map(([text, kind, factor, doc]) => [text, { text, kind, factor, doc }]),
);

/** Unit texts, longest first, so a lexer that tries them in order takes `cycles/B` before `cycles`. */
export const UNIT_TEXTS: readonly string[] = [...UNITS.keys()].sort((a, b) => b.length - a.length);

export const UNIT_KIND_NAMES: Record<UnitKind, string> = {
  time: 'a time',
  size: 'a size',
  bandwidth: 'a bandwidth',
  packetRate: 'a packet rate',
  frequency: 'a frequency',
  cycles: 'a cycle count',
  cyclesPerByte: 'a cost per byte in cycles',
  timePerByte: 'a cost per byte in time',
  percent: 'a percentage',
};

export function unitsOfKind(kind: UnitKind): UnitInfo[] {
  return [...UNITS.values()].filter((unit) => unit.kind === kind);
}

/** Drops binary floating-point noise from a product: 15 significant digits, so 50 × 1e-6 is 5e-5, not 4.9999999999999996e-5. */
export function roundSI(value: number): number {
  return Number(value.toPrecision(15));
}

/**
 * Converts `value unit` to SI, or undefined for an unknown unit. Small factors
 * divide by their exact reciprocal (50 / 1e6 is 5e-5, where 50 × 1e-6 is
 * 4.9999999999999996e-5); this runs for every quantity on every edit, so it
 * avoids the cost of roundSI.
 */
export function toSI(value: number, unit: string): number | undefined {
  const info = UNITS.get(unit);
  if (!info) return undefined;
  return info.factor < 1 ? value / Math.round(1 / info.factor) : value * info.factor;
}

// The units used to show SI values to people, largest first.
const display: Record<UnitKind, [string, number][]> = {
  time: [['s', 1], ['ms', 1e-3], ['µs', 1e-6], ['ns', 1e-9]],
  size: [['GB', 1e9], ['MB', 1e6], ['KB', 1e3], ['B', 1]],
  bandwidth: [['Tbps', 1e12], ['Gbps', 1e9], ['Mbps', 1e6], ['Kbps', 1e3], ['bps', 1]],
  packetRate: [['Mpps', 1e6], ['Kpps', 1e3], ['pps', 1]],
  frequency: [['GHz', 1e9], ['MHz', 1e6], ['KHz', 1e3], ['Hz', 1]],
  cycles: [['cycles', 1]],
  cyclesPerByte: [['cycles/B', 1]],
  timePerByte: [['ns/B', 1e-9]],
  percent: [['%', 0.01]],
};

/** Three significant digits, no trailing zeros: 12, 1.5, 0.125, 148.8 → '149'. */
function shortNumber(value: number): string {
  if (value === 0) return '0';
  const text = Number(value.toPrecision(4)).toString();
  return Math.abs(value) >= 1000 ? Math.round(value).toString() : text;
}

/** How a value that nothing measured (NaN: no packet delivered, say) reads. */
export const NOT_MEASURED = '—';

/** Formats an SI value for people: `formatSI(1.2e-5, 'time')` → `12 µs`; NaN, which nothing measured, as a dash. */
export function formatSI(value: number, kind: UnitKind): string {
  if (Number.isNaN(value)) return NOT_MEASURED;
  if (!Number.isFinite(value)) return String(value);
  const choices = display[kind];
  const magnitude = Math.abs(value);
  const [unit, factor] = choices.find(([, f]) => magnitude >= f * 0.9995) ?? choices[choices.length - 1];
  return `${shortNumber(value / factor)} ${unit}`;
}

/** Values over sweep points as one value, or `low–high`; points that measured nothing (NaN) are left out. */
export function formatRange(values: number[], format: (value: number) => string): string {
  const measured = values.filter(Number.isFinite);
  if (measured.length === 0) return NOT_MEASURED;
  const low = Math.min(...measured);
  const high = Math.max(...measured);
  return low === high ? format(low) : `${format(low)}–${format(high)}`;
}
