// Interprets a value against the type the catalog gives its property:
// checks it, and converts it to SI. Validation reports the problems;
// lowering uses the result of values that validated.
import {
  SIZE_DISTRIBUTIONS, UNITS, UNIT_KIND_NAMES, describeRange, describeType, exampleOf, inRange, type Range, type UnitKind,
  type ValueType,
} from '../catalog';
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

function problem(code: DiagnosticCode, span: Span, message: string, data?: DiagnosticData): Evaluation {
  return { problems: [{ code, span, message, data }] };
}

function oneWord(value: Value): string | undefined {
  return value.type === 'Path' && value.segments.length === 1 && !value.segments[0].index ? value.segments[0].name.text : undefined;
}

function quantity(value: Value, units: readonly UnitKind[], label: string, range?: Range): Evaluation {
  const expected = units.map((u) => UNIT_KIND_NAMES[u]).join(' or ');
  const example = exampleOf(units[0]);
  if (value.type !== 'Number') {
    return problem('HN010', value.span, `${label} expects ${expected} such as ${example}, got \`${valueText(value)}\``, { expectedUnits: [...units] });
  }
  if (!value.unit) {
    if (value.value !== 0) {
      return problem('HN006', value.span, `${label} needs a unit: ${expected} such as ${example}, got ${value.raw}`, { expectedUnits: [...units] });
    }
    return { result: { kind: 'number', value: 0, span: value.span }, problems: [] };
  }
  const info = UNITS.get(value.unit.text);
  if (!info) return { problems: [] }; // the parser has reported the unknown unit
  if (!units.includes(info.kind)) {
    return problem(
      'HN005',
      value.unit.span,
      `${label} expects ${expected} (e.g. ${example}), got ${UNIT_KIND_NAMES[info.kind]} (${valueText(value)})`,
      { expectedUnits: [...units] },
    );
  }
  return ranged({ kind: 'number', value: value.value * info.factor, unit: info.kind, span: value.span }, value, label, range);
}

function ranged(result: Interpreted & { kind: 'number' }, value: NumberLit, label: string, range?: Range): Evaluation {
  if (range && !inRange(result.value, range)) {
    const message = `${label} must be ${describeRange(range, result.unit)}, got ${valueText(value)}`;
    return { result, problems: [{ code: 'HN008', span: value.span, message, data: { range } }] };
  }
  return { result, problems: [] };
}

function plainNumber(value: Value, label: string, integer: boolean, range?: Range): Evaluation {
  const what = integer ? 'a whole number' : 'a number';
  if (value.type !== 'Number') return problem('HN010', value.span, `${label} expects ${what}, got \`${valueText(value)}\``);
  if (value.unit) {
    return problem('HN007', value.unit.span, `${label} takes ${what} without a unit, got ${valueText(value)}`, {
      suggestions: [value.raw],
    });
  }
  if (integer && !Number.isInteger(value.value)) {
    return problem('HN010', value.span, `${label} must be a whole number, got ${value.raw}`, {
      suggestions: [String(Math.round(value.value))],
    });
  }
  return ranged({ kind: 'number', value: value.value, span: value.span }, value, label, range);
}

function word(value: Value, names: readonly string[], what: string, label: string, expected: string): Evaluation {
  const text = oneWord(value);
  if (text === undefined) return problem('HN010', value.span, `${label} expects ${expected}, got \`${valueText(value)}\``);
  if (names.includes(text)) return { result: { kind: 'word', value: text, span: value.span }, problems: [] };
  const suggestions = closest(text, names);
  const message = `unknown ${what} \`${text}\`: ${label} expects ${expected}${didYouMean(suggestions)}`;
  return problem('HN009', value.span, message, { suggestions: suggestions.length ? suggestions : [...names] });
}

function size(value: Value, label: string, range?: Range): Evaluation {
  if (value.type === 'Path') {
    const names = SIZE_DISTRIBUTIONS.map((d) => d.name);
    return word(value, names, 'size distribution', label, `a frame size such as 64B or ${names.join(', ')}`);
  }
  return quantity(value, ['size'], label, range);
}

/** Checks `value` against `type` and converts it; `label` names the property in messages (`` `speed` ``). */
export function evaluate(value: Value, type: ValueType, label: string, range?: Range): Evaluation {
  switch (type.type) {
    case 'quantity':
      return quantity(value, type.units, label, range);
    case 'integer':
      return plainNumber(value, label, true, range);
    case 'number':
      return plainNumber(value, label, false, range);
    case 'string':
      if (value.type !== 'String') return problem('HN010', value.span, `${label} expects a quoted string, got \`${valueText(value)}\``);
      return { result: { kind: 'string', value: value.value, span: value.span }, problems: [] };
    case 'enum':
      return word(value, type.enum.values.map((v) => v.name), type.enum.name, label, describeType(type));
    case 'size':
      return size(value, label, range);
    case 'reference':
      if (value.type !== 'Path') return problem('HN010', value.span, `${label} expects ${describeType(type)}, got \`${valueText(value)}\``);
      return { result: { kind: 'reference', path: value, span: value.span }, problems: [] };
    case 'list': {
      if (value.type !== 'List') {
        return problem('HN010', value.span, `${label} expects a list in brackets, such as [${valueText(value)}]`, {
          suggestions: [`[${valueText(value)}]`],
        });
      }
      const items: Interpreted[] = [];
      const problems: Problem[] = [];
      for (const item of value.items) {
        const evaluation = evaluate(item, type.of, label);
        problems.push(...evaluation.problems);
        if (evaluation.result) items.push(evaluation.result);
      }
      return { result: problems.length ? undefined : { kind: 'list', items, span: value.span }, problems };
    }
  }
}
