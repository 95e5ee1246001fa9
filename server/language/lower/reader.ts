// Reads effective property values for one sweep point: the point's override
// for that object and property first, then what is written, then the
// catalog default; converts costs to cycles at a host's clock.
import { roundSI } from '../catalog/units';
import type { Block, Value } from '../syntax/ast';
import { effectiveValue, findProperty, type Interpreted } from '../validate';

/** Sweep values of one point: object path (`bulk`, `sut.cpu`, `overlay.app`) → property → value. */
export type Overrides = ReadonlyMap<string, ReadonlyMap<string, Value>>;

export class Reader {
  constructor(private readonly overrides: Overrides) {}

  /** The value of `keyword`'s property `name` on the object at `objectPath` (whose block may be absent). */
  value(block: Block | undefined, keyword: string, name: string, objectPath: string): Interpreted | undefined {
    return effectiveValue(block, keyword, name, this.overrides.get(objectPath)?.get(name));
  }

  /** Whether the property is written (or swept) rather than defaulted. */
  isSet(block: Block | undefined, name: string, objectPath: string): boolean {
    return this.overrides.get(objectPath)?.has(name) === true || findProperty(block, name) !== undefined;
  }

  /** A number in SI; `fallback` for properties whose default is derived. */
  number(block: Block | undefined, keyword: string, name: string, objectPath: string, fallback?: number): number {
    const value = this.value(block, keyword, name, objectPath);
    if (value?.kind === 'number') return value.value;
    if (fallback !== undefined) return fallback;
    throw new Error(`internal: no value for ${keyword}.${name} of ${objectPath}`);
  }

  word(block: Block | undefined, keyword: string, name: string, objectPath: string): string {
    const value = this.value(block, keyword, name, objectPath);
    if (value?.kind === 'word' || value?.kind === 'string') return value.value;
    throw new Error(`internal: no value for ${keyword}.${name} of ${objectPath}`);
  }

  /** A list of words or numbers, or undefined when absent with a derived default. */
  list(block: Block | undefined, keyword: string, name: string, objectPath: string): (string | number)[] | undefined {
    const value = this.value(block, keyword, name, objectPath);
    if (value?.kind !== 'list') return undefined;
    return value.items.map((item) => (item.kind === 'number' ? item.value : item.kind === 'word' || item.kind === 'string' ? item.value : ''));
  }

  /** A cost written as a time or in cycles, in cycles at `freq`; undefined when absent with a derived default. */
  cycles(block: Block | undefined, keyword: string, name: string, objectPath: string, freq: number): number | undefined {
    return toCycles(this.value(block, keyword, name, objectPath), freq);
  }
}

/** Cycles (or cycles per byte) of a quantity written in time, time per byte, cycles or cycles per byte. */
export function toCycles(value: Interpreted | undefined, freq: number): number | undefined {
  if (value?.kind !== 'number') return undefined;
  return value.unit === 'time' || value.unit === 'timePerByte' ? roundSI(value.value * freq) : value.value;
}
