// Renders docs/calibration.md: every default of the language with its value
// and source, every stage kind's costs, and the end-to-end fits.
import { BLOCKS } from './blocks';
import { describeRange, describeType } from './describe';
import { formatSource, isLiteral } from './define';
import { SIZE_DISTRIBUTIONS, WIRE_OVERHEAD_BYTES, WIRE_OVERHEAD_SOURCE, meanBytes } from './ethernet';
import { CALIBRATION_FITS, FIT_FREQUENCY, chainCycles } from './fits';
import { SENDER_SOURCE, TSO_SEGMENT_BYTES, senderCost } from './sender';
import { OVERLAY_TRANSMIT, STAGE_KINDS, stageBehaviour } from './stages';
import type { PropertySpec, StageBehaviour } from './types';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)];
}

function unitKindOf(p: PropertySpec) {
  return p.type.type === 'quantity' && p.type.units.length === 1 ? p.type.units[0] : undefined;
}

function defaultCell(p: PropertySpec): string {
  if (!p.default) return p.required === true ? '(required)' : '(none)';
  return isLiteral(p.default) ? `\`${p.default.text}\`` : p.default.derived;
}

function propertyRows(p: PropertySpec): string[] {
  return [
    `\`${p.name}\``,
    defaultCell(p),
    describeType(p.type),
    p.range ? describeRange(p.range, unitKindOf(p)) : '',
    p.default ? formatSource(p.default.source) : '',
  ];
}

function costCell(b: StageBehaviour): string {
  const perPacket = b.cyclesPerByte ? `${b.cyclesPerPacket} + ${b.cyclesPerByte}/B` : String(b.cyclesPerPacket);
  return b.cyclesPerFlow ? `${perPacket}; ${b.cyclesPerFlow} per flow` : perPacket;
}

function sourceCell(b: StageBehaviour): string {
  return b.flowCostSource ? `${formatSource(b.costSource)}; per flow: ${formatSource(b.flowCostSource)}` : formatSource(b.costSource);
}

function stageSection(): string[] {
  const lines = table(
    ['kind', 'stack', 'cycles per packet (+ per byte; per flow)', 'context', 'queue before', 'device', 'copies', 'again on transmit', 'source'],
    STAGE_KINDS.flatMap((s) =>
      s.stacks.map((stack) => {
        const b = stageBehaviour(s, stack);
        return [
          `\`${s.kind}\``, stack, costCell(b), b.context, b.queueAfter ? `${b.queueBefore} (hands on via ${b.queueAfter})` : b.queueBefore,
          s.device ? 'yes' : '', s.copiesData ? 'yes' : '', s.onTransmit ? 'yes' : '', sourceCell(b),
        ];
      }),
    ),
  );
  return lines;
}

function senderLine(): string {
  const cost = senderCost(['tso'], 1500);
  return `A \`sut\` sender spends ${cost.cyclesPerByte} cycles per byte and ${cost.cyclesPerSegment} cycles per segment (${TSO_SEGMENT_BYTES} B with TSO, else one frame) on its \`sender_core\`. ${formatSource(SENDER_SOURCE)}.`;
}

function fitSection(): string[] {
  return table(
    ['figure', 'stack', 'stages', 'model cycles', 'model ns/pkt', 'measured ns/pkt', 'calibration.md row'],
    CALIBRATION_FITS.map((fit) => {
      const cycles = chainCycles(fit.stack, fit.stages, fit.frameBytes);
      return [
        fit.name, fit.stack, fit.stages.join(' → '), String(Math.round(cycles * 10) / 10),
        (cycles / FIT_FREQUENCY * 1e9).toFixed(1), (fit.targetSeconds * 1e9).toFixed(1), fit.row,
      ];
    }),
  );
}

export function renderCalibrationDoc(): string {
  const lines: string[] = [
    '# hostnet defaults and calibration',
    '',
    '<!-- Generated from server/language/catalog by `npx tsx scripts/gen-calibration-doc.ts`; do not edit by hand. -->',
    '',
    'Every default the language applies, with its source. Sources are rows of `calibration.md` (quoted), standards,',
    'the Linux 5.4 or DPDK sources, DESIGN.md, conventions, fits to end-to-end figures, or assumptions where nothing',
    'was published. Confidence: H = primary source, M = secondary or arithmetic, L = a hint.',
    '',
  ];
  for (const block of BLOCKS) {
    if (block.properties.length === 0) continue;
    lines.push(`## \`${block.keyword}\``, '', block.doc, '');
    lines.push(...table(['property', 'default', 'type', 'range', 'source'], block.properties.map(propertyRows)), '');
  }
  lines.push(
    '## Stage kinds',
    '',
    `Costs in cycles of a ${FIT_FREQUENCY / 1e9} GHz-class core. A \`cost\` or \`per_byte\` on a stage replaces them.`,
    '',
    ...stageSection(),
    '',
    `Stages marked "again on transmit" are paid a second time by replies and forwarded packets of a chain without a \`tx\` stage, on top of the \`tx\` cost. ${formatSource(OVERLAY_TRANSMIT)}.`,
    '',
    '## Senders',
    '',
    senderLine(),
    '',
    '## End-to-end fits',
    '',
    `Per-stage costs are not published; they are split so that these chains reproduce the measured per-packet times at ${FIT_FREQUENCY / 1e9} GHz.`,
    '',
    ...fitSection(),
    '',
    '## Frames',
    '',
    ...table(
      ['constant', 'value', 'source'],
      [['wire overhead per frame', `${WIRE_OVERHEAD_BYTES} B`, formatSource(WIRE_OVERHEAD_SOURCE)]],
    ),
    '',
    ...table(
      ['size distribution', 'frames (bytes × weight)', 'mean', 'source'],
      SIZE_DISTRIBUTIONS.map((d) => [
        `\`${d.name}\``, d.entries.map((e) => `${e.bytes} × ${e.weight}`).join(', '), `${meanBytes(d).toFixed(1)} B`, formatSource(d.source),
      ]),
    ),
    '',
  );
  return lines.join('\n');
}
