// Quick fixes for the diagnostics under the cursor, from the data the
// validator attaches: did-you-mean replacements, missing required
// properties, a unit of the right kind (converted where physics allows),
// and clamping an out-of-range value to the nearest allowed one.
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type TextEdit,
} from 'vscode-languageserver';
import { UNITS, isLiteral, propertySpec, unitList, type Range as ValueRange, type UnitKind } from '../language/catalog';
import type { Diagnostic } from '../language/diagnostic';
import type { Block, HnetFile, NumberLit, Span } from '../language/syntax/ast';
import type { Analysis } from '../language/workspace';
import { plainSnippet } from './completion-items';
import { toLspDiagnostic } from './diagnostics';
import { nodeAt } from './node-at';
import { spanToRange } from './positions';
import type { Session } from './session';

/** More replacements than this are noise in a light-bulb menu. */
const MAX_SUGGESTIONS = 5;

export function codeActions(session: Session, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
  const analysis = session.analysis(params.textDocument.uri);
  if (!analysis) return [];
  const start = analysis.lines.offset(params.range.start);
  const end = analysis.lines.offset(params.range.end);
  const actions: CodeAction[] = [];
  for (const diagnostic of analysis.diagnostics) {
    if (diagnostic.uri !== analysis.uri || diagnostic.span.end < start || diagnostic.span.start > end) continue;
    actions.push(...fixes(analysis, diagnostic));
  }
  return actions;
}

function fixes(analysis: Analysis, diagnostic: Diagnostic): CodeAction[] {
  const lsp = toLspDiagnostic(analysis.lines, diagnostic);
  const action = (title: string, edits: TextEdit[], preferred = false): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [lsp],
    isPreferred: preferred || undefined,
    edit: { changes: { [analysis.uri]: edits } },
  });
  const replace = (span: Span, text: string): TextEdit => ({ range: spanToRange(analysis.lines, span), newText: text });
  switch (diagnostic.code) {
    case 'HN007':
      return [action('Remove the unit', [replace(withSpaceBefore(analysis.text, diagnostic.span), '')], true)];
    case 'HN005':
    case 'HN006':
      return unitFixes(analysis, diagnostic).map(({ title, text, span }, i) => action(title, [replace(span, text)], i === 0));
    case 'HN008': {
      const clamp = clampFix(analysis, diagnostic);
      return clamp ? [action(`Clamp to ${clamp}`, [replace(diagnostic.span, clamp)], true)] : [];
    }
    case 'HN011': {
      const edit = missingPropertiesEdit(analysis, diagnostic);
      if (!edit) return [];
      const names = (diagnostic.data?.missing ?? []).map((m) => `\`${m.name}\``).join(', ');
      return [action(`Add ${names}`, [edit], true)];
    }
    default:
      return (diagnostic.data?.suggestions ?? [])
        .slice(0, MAX_SUGGESTIONS)
        .map((suggestion, i) => action(`Change to \`${suggestion}\``, [replace(diagnostic.span, suggestion)], i === 0));
  }
}

/** The unit's span with the spaces between it and its number (`8 GHz` → ` GHz`). */
function withSpaceBefore(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && (text.charAt(start - 1) === ' ' || text.charAt(start - 1) === '\t')) start--;
  return { start, end: span.end };
}

interface UnitFix {
  title: string;
  text: string;
  span: Span;
}

/**
 * For a wrong or missing unit: the value converted where a conversion exists
 * (time ↔ cycles at the default clock, per-byte time ↔ cycles), then the same
 * number with a unit of the expected kind, the same prefix first (3GHz → 3Gbps).
 */
function unitFixes(analysis: Analysis, diagnostic: Diagnostic): UnitFix[] {
  const number = numberAt(analysis.ast, diagnostic.span.start);
  const expected = diagnostic.data?.expectedUnits ?? [];
  if (!number || expected.length === 0) return [];
  const written = number.unit && UNITS.get(number.unit.text);
  const fixes: UnitFix[] = [];
  if (written) {
    for (const kind of expected) {
      const converted = convert(number.value * written.factor, written.kind, kind);
      if (converted) fixes.push({ title: `Convert to ${converted}`, text: converted, span: number.span });
    }
  }
  const prefix = number.unit?.text.match(/^[KMGT]/)?.[0];
  const units = unitList(expected).sort((a, b) => Number(prefix !== undefined && b.startsWith(prefix)) - Number(prefix !== undefined && a.startsWith(prefix)));
  const verb = number.unit ? 'Change the unit' : 'Add a unit';
  for (const unit of units.slice(0, MAX_SUGGESTIONS)) {
    fixes.push({ title: `${verb}: ${number.raw}${unit}`, text: `${number.raw}${unit}`, span: number.span });
  }
  return fixes;
}

/** The clock cycle costs are given for, from the catalog's default CPU. */
function defaultClock(): number {
  const spec = propertySpec('cpu', 'freq');
  return spec?.default && isLiteral(spec.default) && typeof spec.default.value === 'number' ? spec.default.value : 3e9;
}

function convert(si: number, from: UnitKind, to: UnitKind): string | undefined {
  const clock = defaultClock();
  if (from === 'time' && to === 'cycles') return `${tidy(si * clock)}cycles`;
  if (from === 'cycles' && to === 'time') return `${tidy((si / clock) * 1e9)}ns`;
  if (from === 'timePerByte' && to === 'cyclesPerByte') return `${tidy(si * clock)}cycles/B`;
  if (from === 'cyclesPerByte' && to === 'timePerByte') return `${tidy((si / clock) * 1e9)}ns/B`;
  return undefined;
}

function clampFix(analysis: Analysis, diagnostic: Diagnostic): string | undefined {
  const range = diagnostic.data?.range;
  const number = numberAt(analysis.ast, diagnostic.span.start);
  if (!range || !number) return undefined;
  const factor = number.unit ? UNITS.get(number.unit.text)?.factor : 1;
  if (factor === undefined) return undefined;
  const target = nearestAllowed(number.value * factor, range, Number.isInteger(number.value) && !number.unit);
  return target === undefined ? undefined : `${tidy(target / factor)}${number.unit?.text ?? ''}`;
}

/** The allowed value nearest to `value`; an open bound is reachable only for whole numbers (min + 1). */
function nearestAllowed(value: number, range: ValueRange, whole: boolean): number | undefined {
  if (range.min !== undefined && value <= range.min) {
    if (range.minInclusive !== false) return range.min;
    return whole ? Math.floor(range.min) + 1 : undefined;
  }
  if (range.max !== undefined && value >= range.max) {
    if (range.maxInclusive !== false) return range.max;
    return whole ? Math.ceil(range.max) - 1 : undefined;
  }
  return undefined;
}

/** A number without floating-point noise: 0.30000000000000004 → 0.3. */
function tidy(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function numberAt(file: HnetFile, offset: number): NumberLit | undefined {
  const node = nodeAt(file, offset);
  if ((node?.kind === 'value' || node?.kind === 'expectValue') && node.value.type === 'Number') return node.value;
  return undefined;
}

/** Inserts the missing properties, with their typical values, before the block's `}`. */
function missingPropertiesEdit(analysis: Analysis, diagnostic: Diagnostic): TextEdit | undefined {
  const missing = diagnostic.data?.missing;
  const block = innermostBlock(analysis.ast.blocks, diagnostic.span.start);
  if (!missing?.length || !block) return undefined;
  const assignments = missing.map((m) => plainSnippet(m.snippet));
  const { lines, text } = analysis;
  const close = block.body?.close;
  if (!block.body || !close) {
    if (block.body) return undefined;
    const at = lines.position(block.span.end);
    return { range: { start: at, end: at }, newText: ` { ${assignments.join('  ')} }` };
  }
  const openLine = lines.position(block.body.open.start).line;
  const closeAt = lines.position(close.start);
  if (openLine === closeAt.line) {
    const before = text.charAt(close.start - 1) === ' ' ? '' : ' ';
    return { range: { start: closeAt, end: closeAt }, newText: `${before}${assignments.join('  ')} ` };
  }
  const indent = /^[ \t]*/.exec(text.slice(lines.lineStart(openLine)))![0];
  const lineStart = { line: closeAt.line, character: 0 };
  const onlyBrace = text.slice(lines.lineStart(closeAt.line), close.start).trim() === '';
  const newText = assignments.map((a) => `${indent}  ${a}\n`).join('');
  return onlyBrace ? { range: { start: lineStart, end: lineStart }, newText } : { range: { start: closeAt, end: closeAt }, newText: `\n${newText}${indent}` };
}

function innermostBlock(blocks: readonly Block[], offset: number): Block | undefined {
  for (const block of blocks) {
    if (block.span.start > offset || offset > block.span.end) continue;
    const children = block.items.filter((item): item is Block => item.type === 'Block');
    return innermostBlock(children, offset) ?? block;
  }
  return undefined;
}
