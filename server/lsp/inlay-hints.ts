// Inlay hints: the defaults in effect for a block's key properties that are
// not written (the properties its catalog snippet fills in; a stage's
// default cost), and after a run, the measured figures beside each traffic
// and the outcome beside each `expect` (kind Type), marked stale once the
// text that run read has changed (see run-fingerprint.ts).
import { InlayHintKind, type InlayHint, type InlayHintParams, type Position } from 'vscode-languageserver';
import { blockSpec, formatRange, formatSI, isLiteral, stageBehaviour, stageKind, type PropertySpec } from '../language/catalog';
import { pathText, properties, type Block } from '../language/syntax/ast';
import type { Analysis, ParsedDocument } from '../language/workspace';
import type { Stack } from '../../simulator/model';
import type { Results, TrafficResult } from '../../simulator/results';
import { describePoint, expectOutcomes, formatMetric } from './results';
import type { Session } from './session';

export function inlayHints(session: Session, params: InlayHintParams): InlayHint[] {
  const uri = params.textDocument.uri;
  // Defaults need only the tree; results need the linked analysis, and exist only after a run.
  const parsed = session.parsed(uri);
  if (!parsed) return [];
  const first = params.range.start.line;
  const last = params.range.end.line;
  const inRange = (hint: InlayHint) => hint.position.line >= first && hint.position.line <= last;
  const hints = defaultHints(parsed);
  const runs = session.runResults(uri);
  const analysis = runs.length > 0 ? session.analysis(uri) : undefined;
  if (analysis) {
    const stale = new Set(runs.filter((run) => !run.current).map((run) => run.results.scenario));
    const results = runs.map((run) => run.results);
    hints.push(...trafficHints(analysis, results, stale), ...expectHints(analysis, results, stale));
  }
  return hints.filter(inRange);
}

export const STALE_PREFIX = '(stale) ';

/** A hint with a run's figures; one of a stale run says so. */
function resultHint(position: Position, label: string, stale: boolean, tooltip?: string): InlayHint {
  return {
    position,
    label: stale ? `${STALE_PREFIX}${label}` : label,
    kind: InlayHintKind.Type,
    paddingLeft: true,
    tooltip: stale ? 'The file has changed since this run in a way a new run would see: run it again to update.' : tooltip,
  };
}

/** Where a block's hint goes: after its `{` when the body spans lines, else after the block. */
function hintPosition(analysis: ParsedDocument, block: Block): Position {
  const open = block.body?.open;
  const close = block.body?.close;
  if (open && close && analysis.lines.position(open.start).line !== analysis.lines.position(close.start).line) {
    return analysis.lines.position(open.end);
  }
  return analysis.lines.position(block.span.end);
}

/** The properties a block's catalog snippet writes: the ones people look for first. */
function keyProperties(keyword: string): PropertySpec[] {
  const spec = blockSpec(keyword);
  if (!spec) return [];
  const named = new Set([...spec.snippet.matchAll(/([A-Za-z_]+) = /g)].map((m) => m[1]));
  return spec.properties.filter((p) => named.has(p.name) && p.default && isLiteral(p.default));
}

function defaultHints(analysis: ParsedDocument): InlayHint[] {
  const hints: InlayHint[] = [];
  const visit = (block: Block, stack: Stack | undefined): void => {
    const written = new Set(properties(block).map((p) => pathText(p.key)));
    const parts = keyProperties(block.keyword.text)
      .filter((p) => !written.has(p.name))
      .map((p) => `${p.name} = ${p.default && isLiteral(p.default) ? p.default.text : ''}`);
    const cost = block.keyword.text === 'stage' && !written.has('cost') ? stageCost(block, stack) : undefined;
    if (cost) parts.push(cost);
    if (parts.length > 0) {
      hints.push({
        position: hintPosition(analysis, block),
        label: parts.join('  '),
        kind: InlayHintKind.Parameter,
        paddingLeft: true,
        tooltip: 'defaults in effect (not written in the file)',
      });
    }
    const innerStack = block.keyword.text === 'chain' ? chainStack(block) : stack;
    for (const item of block.items) if (item.type === 'Block') visit(item, innerStack);
  };
  for (const block of analysis.ast.blocks) visit(block, undefined);
  return hints;
}

function chainStack(chain: Block): Stack | undefined {
  const value = properties(chain).find((p) => pathText(p.key) === 'stack')?.value;
  if (value?.type === 'Path') return pathText(value) as Stack;
  const spec = blockSpec('chain')?.properties.find((p) => p.name === 'stack');
  return spec?.default && isLiteral(spec.default) ? (spec.default.text as Stack) : undefined;
}

/** `cost = 315 cycles + 0.24 cycles/B`: the stage kind's default in the chain's stack. */
function stageCost(block: Block, stack: Stack | undefined): string | undefined {
  const spec = block.stageKind && stageKind(block.stageKind.text);
  if (!spec || spec.requiresCost) return undefined;
  const behaviour = stack && spec.stacks.includes(stack) ? stageBehaviour(spec, stack) : spec;
  const perByte = behaviour.cyclesPerByte > 0 ? ` + ${behaviour.cyclesPerByte} cycles/B` : '';
  return `cost = ${behaviour.cyclesPerPacket} cycles${perByte}`;
}

function trafficHints(analysis: Analysis, results: Results[], stale: Set<string>): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const run of results) {
    const names = new Set(run.points.flatMap((point) => Object.keys(point.traffic)));
    for (const name of names) {
      const symbol = analysis.symbols.find((s) => s.kind === 'traffic' && s.name === name);
      if (!symbol) continue;
      const perPoint = run.points.map((point) => point.traffic[name]).filter((t): t is TrafficResult => t !== undefined);
      const prefix = results.length > 1 ? `${run.scenario}: ` : '';
      const over = run.points.length > 1 ? ` over ${run.points.length} sweep points` : '';
      hints.push(resultHint(hintPosition(analysis, symbol.block), `${prefix}${summarise(perPoint)}`, stale.has(run.scenario),
        `measured in the latest run of \`${run.scenario}\`${over}`));
    }
  }
  return hints;
}

/** `3.9 Gbps · 324 Kpps · p99 31 µs · loss 0%`, with min–max ranges over sweep points. */
function summarise(points: TrafficResult[]): string {
  return [
    formatRange(points.map((p) => p.throughput), (v) => formatSI(v, 'bandwidth')),
    formatRange(points.map((p) => p.pps), (v) => formatSI(v, 'packetRate')),
    `p99 ${formatRange(points.map((p) => p.latency.p99), (v) => formatSI(v, 'time'))}`,
    `loss ${formatRange(points.map((p) => p.loss), (v) => formatSI(v, 'percent'))}`,
  ].join(' · ');
}

function expectHints(analysis: Analysis, results: Results[], stale: Set<string>): InlayHint[] {
  return expectOutcomes(analysis, results).map(({ expectation, scenario, pass, result, point }) =>
    resultHint(analysis.lines.position(expectation.span.end),
      `${pass ? '✓' : '✗'} ${formatMetric(analysis, expectation, result.actual)}${pass ? '' : describePoint(point)}`, stale.has(scenario)));
}
