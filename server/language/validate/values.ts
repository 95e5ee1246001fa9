// Interprets a value against the type the catalog gives its property:
// checks it, and converts it to SI. Validation reports the problems;
// lowering uses the result of values that validated. Runs for every value
// on every edit, so messages are built only when something is wrong.
// Catalog imports name their defining modules: under CommonJS (tsx) each re-export
// through the catalog's index adds a getter call, and these run for every value.
import { describeRange, describeType, exampleOf, inRange } from '../catalog/describe';
import { SIZE_DISTRIBUTIONS } from '../catalog/ethernet';
import type { EnumSpec, Range, ValueType } from '../catalog/types';
import { UNITS, UNIT_KIND_NAMES, toSI, type UnitKind } from '../catalog/units';
import type { DiagnosticCode, DiagnosticData } from '../diagnostic';
import { closest, didYouMean } from '../suggest';
import { pathText, type NumberLit, type Path, type Span, type Value } from '../syntax/ast';

export type Interpreted =
  /** A number in SI, with the unit kind it was written in (none for plain numbers and a bare 0). */
  | { kind: 'number'; value: number; unit?: UnitKind; span: Span }
  /** An enum value or a size distribution name. */
  | { kind: 'word'; value: string; span: Span }
  | { kind: 'string'; value: string; span: Span }
  | { kind: 'reference'; path: Path; span: Span }
  | { kind: 'list'; items: Interpreted[]; span: Span };

export interface Problem {
  code: DiagnosticCode;
  span: Span;
  message: string;
  data?: DiagnosticData;
}

export interface Evaluation {
  /** Undefined when the value is wrong. */
  result?: Interpreted;
  problems: Problem[];
}

const NO_PROBLEMS: Problem[] = [];
const SIZE_NAMES = SIZE_DISTRIBUTIONS.map((d) => d.name);
const enumNames = new WeakMap<EnumSpec, Set<string>>();

function namesOf(spec: EnumSpec): Set<string> {
  let names = enumNames.get(spec);
  if (!names) {
    names = new Set(spec.values.map((v) => v.name));
    enumNames.set(spec, names);
  }
  return names;
}

/** The source text of a value, for messages. */
export function valueText(value: Value): string {
  switch (value.type) {
    case 'Number':
      return `${value.raw}${value.unit?.text ?? ''}`;
    case 'String':
      return JSON.stringify(value.value);
    case 'Path':
      return pathText(value);
    case 'List':
      return `[${value.items.map(valueText).join(', ')}]`;
  }
}

function ok(result: Interpreted): Evaluation {
  return { result, problems: NO_PROBLEMS };
}

function problem(code: DiagnosticCode, span: Span, message: string, data?: DiagnosticData): Evaluation {
  return { problems: [{ code, span, message, data }] };
}

function expectedUnits(units: readonly UnitKind[]): string {
  return units.map((u) => UNIT_KIND_NAMES[u]).join(' or ');
}

function quantity(value: Value, units: readonly UnitKind[], name: string, range?: Range): Evaluation {
  if (value.type !== 'Number') {
    const message = `\`${name}\` expects ${expectedUnits(units)} such as ${exampleOf(units[0])}, got \`${valueText(value)}\``;
    return problem('HN010', value.span, message, { expectedUnits: [...units] });
  }
  if (!value.unit) {
    if (value.value === 0) return ok({ kind: 'number', value: 0, span: value.span });
    const message = `\`${name}\` needs a unit: ${expectedUnits(units)} such as ${exampleOf(units[0])}, got ${value.raw}`;
    return problem('HN006', value.span, message, { expectedUnits: [...units] });
  }
  const info = UNITS.get(value.unit.text);
  if (!info) return { problems: NO_PROBLEMS }; // the parser has reported the unknown unit
  if (!units.includes(info.kind)) {
    const message = `\`${name}\` expects ${expectedUnits(units)} (e.g. ${exampleOf(units[0])}), got ${UNIT_KIND_NAMES[info.kind]} (${valueText(value)})`;
    return problem('HN005', value.unit.span, message, { expectedUnits: [...units] });
  }
  return ranged({ kind: 'number', value: toSI(value.value, info.text)!, unit: info.kind, span: value.span }, value, name, range);
}

function ranged(result: Interpreted & { kind: 'number' }, value: NumberLit, name: string, range?: Range): Evaluation {
  if (range && !inRange(result.value, range)) {
    const message = `\`${name}\` must be ${describeRange(range, result.unit)}, got ${valueText(value)}`;
    return { result, problems: [{ code: 'HN008', span: value.span, message, data: { range } }] };
  }
  return ok(result);
}

function plainNumber(value: Value, name: string, integer: boolean, range?: Range): Evaluation {
  const what = integer ? 'a whole number' : 'a number';
  if (value.type !== 'Number') return problem('HN010', value.span, `\`${name}\` expects ${what}, got \`${valueText(value)}\``);
  if (value.unit) {
    const message = `\`${name}\` takes ${what} without a unit, got ${valueText(value)}`;
    return problem('HN007', value.unit.span, message);
  }
  if (integer && !Number.isInteger(value.value)) {
    const message = `\`${name}\` must be a whole number, got ${value.raw}`;
    return problem('HN010', value.span, message, { suggestions: [String(Math.round(value.value))] });
  }
  return ranged({ kind: 'number', value: value.value, span: value.span }, value, name, range);
}

function word(value: Value, names: ReadonlySet<string>, what: string, name: string, expected: () => string): Evaluation {
  const text = value.type === 'Path' && value.segments.length === 1 && !value.segments[0].index ? value.segments[0].name.text : undefined;
  if (text === undefined) return problem('HN010', value.span, `\`${name}\` expects ${expected()}, got \`${valueText(value)}\``);
  if (names.has(text)) return ok({ kind: 'word', value: text, span: value.span });
  const suggestions = closest(text, names);
  const message = `unknown ${what} \`${text}\`: \`${name}\` expects ${expected()}${didYouMean(suggestions)}`;
  return problem('HN009', value.span, message, { suggestions: suggestions.length ? suggestions : [...names] });
}

const SIZE_NAME_SET = new Set(SIZE_NAMES);

/** Checks `value` against `type` and converts it; `name` is the property (or sweep path) for messages. */
export function evaluate(value: Value, type: ValueType, name: string, range?: Range): Evaluation {
  switch (type.type) {
    case 'quantity':
      return quantity(value, type.units, name, range);
    case 'integer':
      return plainNumber(value, name, true, range);
    case 'number':
      return plainNumber(value, name, false, range);
    case 'string':
      if (value.type !== 'String') return problem('HN010', value.span, `\`${name}\` expects a quoted string, got \`${valueText(value)}\``);
      return ok({ kind: 'string', value: value.value, span: value.span });
    case 'enum':
      return word(value, namesOf(type.enum), type.enum.name, name, () => describeType(type));
    case 'size':
      if (value.type === 'Path') {
        return word(value, SIZE_NAME_SET, 'size distribution', name, () => `a frame size such as 64B or ${SIZE_NAMES.join(', ')}`);
      }
      return quantity(value, ['size'], name, range);
    case 'reference':
      if (value.type !== 'Path') return problem('HN010', value.span, `\`${name}\` expects ${describeType(type)}, got \`${valueText(value)}\``);
      return ok({ kind: 'reference', path: value, span: value.span });
    case 'list': {
      if (value.type !== 'List') {
        const message = `\`${name}\` expects a list in brackets, such as [${valueText(value)}]`;
        return problem('HN010', value.span, message, { suggestions: [`[${valueText(value)}]`] });
      }
      const items: Interpreted[] = [];
      let problems = NO_PROBLEMS;
      for (const item of value.items) {
        const evaluation = evaluate(item, type.of, name);
        if (evaluation.problems.length > 0) problems = [...problems, ...evaluation.problems];
        if (evaluation.result) items.push(evaluation.result);
      }
      return problems.length ? { problems } : ok({ kind: 'list', items, span: value.span });
    }
  }
}
