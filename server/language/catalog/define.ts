// Small constructors the catalog's data files are written with, so each
// default is spelled once (as it would be written in a .hnet file) and its SI
// value and completion snippet follow from it.
import type {
  DefaultSpec, DerivedDefault, EnumSpec, LiteralDefault, PropertySpec, Range, Source, SymbolKind, ValueType,
} from './types';
import { UNITS, toSI, type UnitKind } from './units';

export const source = {
  calibration: (text: string, confidence: Source['confidence'] = 'H'): Source => ({ origin: 'calibration.md', text, confidence }),
  ieee: (text: string): Source => ({ origin: 'IEEE 802.3', text, confidence: 'H' }),
  linux: (text: string, confidence: Source['confidence'] = 'H'): Source => ({ origin: 'Linux 5.4', text, confidence }),
  dpdk: (text: string, confidence: Source['confidence'] = 'H'): Source => ({ origin: 'DPDK', text, confidence }),
  design: (text: string): Source => ({ origin: 'DESIGN.md', text, confidence: 'H' }),
  convention: (text: string, confidence: Source['confidence'] = 'M'): Source => ({ origin: 'convention', text, confidence }),
  fit: (text: string, confidence: Source['confidence'] = 'M'): Source => ({ origin: 'fit', text, confidence }),
  assumption: (text: string): Source => ({ origin: 'assumption', text, confidence: 'L' }),
};

export function formatSource(s: Source): string {
  const text = s.origin === 'calibration.md' ? `"${s.text}"` : s.text;
  return `${s.origin}: ${text} (${s.confidence})`;
}

// Value types.
export const quantity = (...units: UnitKind[]): ValueType => ({ type: 'quantity', units });
export const INTEGER: ValueType = { type: 'integer' };
export const NUMBER: ValueType = { type: 'number' };
export const STRING: ValueType = { type: 'string' };
export const SIZE: ValueType = { type: 'size' };
export const enumOf = (spec: EnumSpec): ValueType => ({ type: 'enum', enum: spec });
export const ref = (...targets: SymbolKind[]): ValueType => ({ type: 'reference', targets });
export const listOf = (of: ValueType): ValueType => ({ type: 'list', of });

// Defaults.
/** `q(2, 'ms', src)`: written `2ms`, SI 0.002. */
export function q(value: number, unit: string, src: Source): LiteralDefault {
  const info = UNITS.get(unit);
  if (!info) throw new Error(`catalog: unknown unit ${unit}`);
  return { text: `${value}${unit}`, value: toSI(value, unit)!, unit: info.kind, source: src };
}
export const n = (value: number, src: Source): LiteralDefault => ({ text: String(value), value, source: src });
export const word = (value: string, src: Source): LiteralDefault => ({ text: value, value, source: src });
export const words = (values: readonly string[], src: Source): LiteralDefault => ({
  text: `[${values.join(', ')}]`,
  value: values,
  source: src,
});
export const derived = (text: string, src: Source): DerivedDefault => ({ derived: text, source: src });

export function isLiteral(d: DefaultSpec): d is LiteralDefault {
  return 'value' in d;
}

// Ranges.
export const atLeast = (min: number): Range => ({ min });
export const above = (min: number): Range => ({ min, minInclusive: false });
export const between = (min: number, max: number): Range => ({ min, max });
export const NON_NEGATIVE = atLeast(0);
export const POSITIVE = above(0);
export const FRACTION = between(0, 1);

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

function snippetFor(name: string, type: ValueType, example: string): string {
  if (type.type === 'enum') return `${name} = \${1|${type.enum.values.map((v) => v.name).join(',')}|}`;
  return `${name} = \${1:${escapeSnippet(example)}}`;
}

export interface PropertyInput {
  name: string;
  type: ValueType;
  required?: PropertySpec['required'];
  default?: DefaultSpec;
  range?: Range;
  doc: string;
  details?: string;
  example: string;
}

export function prop(input: PropertyInput): PropertySpec {
  return {
    ...input,
    details: input.details ?? input.doc,
    snippet: snippetFor(input.name, input.type, input.example),
  };
}
