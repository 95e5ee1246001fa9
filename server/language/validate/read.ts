// The effective value of a property: as written when it is valid, else the
// catalog's literal default. Cross-checks and the lowering read values
// through here, so both see the same defaults.
import { propertySpec } from '../catalog/blocks';
import { isLiteral } from '../catalog/define';
import type { LiteralDefault } from '../catalog/types';
import type { Block, Property, Span, Value } from '../syntax/ast';
import { evaluate, type Interpreted } from './values';

/** The first property of a block with this name (later ones are reported as duplicates). */
export function findProperty(block: Block | undefined, name: string): Property | undefined {
  if (!block) return undefined;
  // A linear scan: blocks hold a handful of items, and it allocates nothing.
  for (const item of block.items) {
    if (item.type === 'Property' && item.key.segments.length === 1 && item.key.segments[0].name.text === name) return item;
  }
  return undefined;
}

const NO_SPAN: Span = { start: 0, end: 0 };
const defaults = new WeakMap<LiteralDefault, Interpreted>();

/** A literal default as a value; its span is empty (it is written nowhere). */
function fromDefault(d: LiteralDefault): Interpreted {
  let value = defaults.get(d);
  if (!value) {
    const one = (v: number | string): Interpreted =>
      typeof v === 'number' ? { kind: 'number', value: v, unit: d.unit, span: NO_SPAN } : { kind: 'word', value: v, span: NO_SPAN };
    value = Array.isArray(d.value) ? { kind: 'list', items: (d.value as (number | string)[]).map(one), span: NO_SPAN } : one(d.value as number | string);
    defaults.set(d, value);
  }
  return value;
}

/**
 * The value of `keyword`'s property `name` in `block` (which may be absent, e.g.
 * a host without a `cpu` block): `override` (a sweep value) first, then what is
 * written, then the literal default. Undefined for a derived default or an invalid value.
 */
export function effectiveValue(block: Block | undefined, keyword: string, name: string, override?: Value): Interpreted | undefined {
  const spec = propertySpec(keyword, name);
  if (!spec) return undefined;
  const written = override ?? findProperty(block, name)?.value;
  if (written) {
    const evaluation = evaluate(written, spec.type, name, spec.range);
    return evaluation.problems.length === 0 ? evaluation.result : undefined;
  }
  const fallback = spec.default;
  if (!fallback || !isLiteral(fallback)) return undefined;
  return fromDefault(fallback);
}

export function effectiveNumber(block: Block | undefined, keyword: string, name: string, override?: Value): number | undefined {
  const value = effectiveValue(block, keyword, name, override);
  return value?.kind === 'number' ? value.value : undefined;
}

export function effectiveWord(block: Block | undefined, keyword: string, name: string, override?: Value): string | undefined {
  const value = effectiveValue(block, keyword, name, override);
  return value?.kind === 'word' ? value.value : undefined;
}
