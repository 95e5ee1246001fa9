// Markdown for catalog entries, shared by hover and completion: one way to
// show a property's type, default, range and the default's source.
import {
  describeRange,
  describeType,
  formatSource,
  isLiteral,
  stageBehaviour,
  unitList,
  type BlockSpec,
  type EnumValueSpec,
  type MetricSpec,
  type PropertySpec,
  type StageKindSpec,
  type UnitKind,
  type ValueType,
} from '../language/catalog';
import type { Stack } from '../../simulator/model';

/** The unit kind a value type is measured in, for ranges (`more than 0 s`). */
function unitKindOf(type: ValueType): UnitKind | undefined {
  if (type.type === 'quantity') return type.units[0];
  if (type.type === 'size') return 'size';
  return undefined;
}

function typeLine(type: ValueType): string {
  const units = type.type === 'quantity' ? ` (${unitList(type.units).map((u) => `\`${u}\``).join(' ')})` : '';
  return `${describeType(type)}${units}`;
}

/** `100Gbps`, or how the default is derived; undefined when there is none. */
export function defaultText(spec: PropertySpec): string | undefined {
  if (!spec.default) return undefined;
  return isLiteral(spec.default) ? spec.default.text : spec.default.derived;
}

export function propertyMarkdown(blockKeyword: string, spec: PropertySpec): string {
  const lines = [`**${spec.name}** · ${blockKeyword} property`, '', spec.doc];
  if (spec.details && spec.details !== spec.doc) lines.push('', spec.details);
  lines.push('', `- type: ${typeLine(spec.type)}`);
  if (spec.required === true) lines.push('- required');
  else if (spec.required) lines.push(`- required when \`${spec.required.when}\` is ${spec.required.in.map((v) => `\`${v}\``).join(' or ')}`);
  if (spec.default) {
    const shown = isLiteral(spec.default) ? `\`${spec.default.text}\`` : spec.default.derived;
    lines.push(`- default: ${shown}`, `- source of the default: ${formatSource(spec.default.source)}`);
  }
  if (spec.range) lines.push(`- range: ${describeRange(spec.range, unitKindOf(spec.type))}`);
  lines.push(`- example: \`${spec.name} = ${spec.example}\``);
  return lines.join('\n');
}

export function blockMarkdown(spec: BlockSpec): string {
  const lines = [`**${spec.keyword}** block`, '', spec.doc];
  if (spec.details && spec.details !== spec.doc) lines.push('', spec.details);
  if (spec.properties.length > 0) lines.push('', `properties: ${spec.properties.map((p) => `\`${p.name}\``).join(', ')}`);
  if (spec.children.length > 0) lines.push('', `blocks inside: ${spec.children.map((c) => `\`${c}\``).join(', ')}`);
  return lines.join('\n');
}

/** A stage kind with its default cost; `stack` shows the cost that stack uses. */
export function stageKindMarkdown(spec: StageKindSpec, stack?: Stack): string {
  const behaviour = stack && spec.stacks.includes(stack) ? stageBehaviour(spec, stack) : spec;
  const where = stack && spec.stacks.includes(stack) ? ` in a \`${stack}\` chain` : '';
  const lines = [`**stage ${spec.kind}**`, '', spec.doc];
  if (spec.details && spec.details !== spec.doc) lines.push('', spec.details);
  const cost = spec.requiresCost
    ? 'none: set `cost` (and `per_byte`)'
    : `${behaviour.cyclesPerPacket} cycles per packet + ${behaviour.cyclesPerByte} cycles per byte${where}`;
  lines.push(
    '',
    `- default cost: ${cost}`,
    `- source: ${formatSource(behaviour.costSource)}`,
    `- runs in: ${behaviour.context}, waits in: ${behaviour.queueBefore === 'none' ? 'no queue (run to completion)' : behaviour.queueBefore}`,
    `- stacks: ${spec.stacks.map((s) => `\`${s}\``).join(', ')}`,
  );
  return lines.join('\n');
}

export function enumValueMarkdown(enumName: string, value: EnumValueSpec): string {
  return `**${value.name}** · ${enumName}\n\n${value.doc}`;
}

export function metricMarkdown(spec: MetricSpec, path?: string): string {
  const unit = spec.unit === 'count' ? 'a count' : describeType({ type: 'quantity', units: [spec.unit] });
  return `**${path ?? spec.pattern}** · metric\n\n${spec.doc}\n\n- measured as ${unit}\n- pattern: \`${spec.pattern}\``;
}
