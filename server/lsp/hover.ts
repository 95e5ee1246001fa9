// Hover: catalog docs for keywords, properties, stage kinds, enum values and
// metrics (type, default, range and the default's source); a summary of what
// a name points to; a quantity in other units.
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import {
  SIZE_DISTRIBUTIONS,
  blockSpec,
  propertySpec,
  stageKind,
  toSI,
  type PropertySpec,
  type ValueType,
} from '../language/catalog';
import type { HnetSymbol } from '../language/link';
import { pathText, properties, type Block, type NumberLit, type Property, type Span } from '../language/syntax/ast';
import { displayName, resolveRelative } from '../language/uri';
import type { Analysis } from '../language/workspace';
import type { Stack } from '../../simulator/model';
import { blockMarkdown, enumValueMarkdown, metricMarkdown, propertyMarkdown, stageKindMarkdown } from './docs';
import { nodeAt, type NodeAt } from './node-at';
import { spanToRange, touches } from './positions';
import { otherUnits } from './quantities';
import type { Session } from './session';
import { symbolSummary } from './symbol-summary';

export function hover(session: Session, params: HoverParams): Hover | null {
  const analysis = session.analysis(params.textDocument.uri);
  if (!analysis) return null;
  const offset = analysis.lines.offset(params.position);
  const node = nodeAt(analysis.ast, offset);
  if (!node) return null;
  const found = describe(session, analysis, node, offset);
  if (!found) return null;
  return { contents: { kind: MarkupKind.Markdown, value: found.markdown }, range: spanToRange(analysis.lines, found.span) };
}

interface Found {
  markdown: string;
  span: Span;
}

function describe(session: Session, analysis: Analysis, node: NodeAt, offset: number): Found | undefined {
  const reference = analysis.references.find((r) => r.kind === 'name' && touches(r.span, offset));
  const summary = (symbol: HnetSymbol, span: Span): Found => ({ markdown: symbolSummary(session, symbol, analysis.uri), span });
  switch (node.kind) {
    case 'import': {
      const target = resolveRelative(analysis.uri, node.node.path.value);
      const exists = target !== undefined && session.parsed(target) !== undefined;
      const markdown = exists ? `imports the names of \`${displayName(target)}\`` : `\`${node.node.path.value}\` cannot be found`;
      return { markdown, span: node.node.path.span };
    }
    case 'keyword': {
      const spec = blockSpec(node.block.keyword.text);
      return spec && { markdown: blockMarkdown(spec), span: node.block.keyword.span };
    }
    case 'stageKind': {
      const spec = stageKind(node.block.stageKind!.text);
      return spec && { markdown: stageKindMarkdown(spec, chainStack(node.blocks)), span: node.block.stageKind!.span };
    }
    case 'name': {
      const symbol = analysis.symbols.find((s) => s.nameSpan.start === node.block.name!.span.start);
      return symbol && summary(symbol, node.block.name!.span);
    }
    case 'headerPath':
      return reference && summary(reference.target, reference.span);
    case 'key': {
      if (reference) return summary(reference.target, reference.span);
      const segment = node.property.key.segments[node.segment].name;
      if (node.block.keyword.text === 'sweep') {
        const target = analysis.link.sweeps.get(node.property);
        return target && { markdown: propertyMarkdown(target.block, target.property), span: segment.span };
      }
      const spec = propertySpec(node.block.keyword.text, segment.text);
      return spec && { markdown: propertyMarkdown(node.block.keyword.text, spec), span: segment.span };
    }
    case 'value': {
      if (node.value.type === 'Number') return quantity(node.value, node.block);
      if (reference) return summary(reference.target, reference.span);
      if (node.value.type !== 'Path' || node.value.segments.length !== 1) return undefined;
      return enumValue(valueTypeOf(analysis, node.block, node.property), node.value.segments[0].name.text, node.value.span);
    }
    case 'metric': {
      if (reference) return summary(reference.target, reference.span);
      const metric = analysis.link.metrics.get(node.expectation);
      return metric && { markdown: metricMarkdown(metric.spec, metric.text), span: node.expectation.metric.span };
    }
    case 'expectValue':
      return node.value.type === 'Number' ? quantity(node.value, node.block) : undefined;
  }
}

function valueTypeOf(analysis: Analysis, block: Block, property: Property): ValueType | undefined {
  if (block.keyword.text === 'sweep') return analysis.link.sweeps.get(property)?.property.type;
  return propertySpec(block.keyword.text, property.key.segments[0].name.text)?.type;
}

function enumValue(type: ValueType | undefined, word: string, span: Span): Found | undefined {
  const element = type?.type === 'list' ? type.of : type;
  if (element?.type === 'enum') {
    const value = element.enum.values.find((v) => v.name === word);
    return value && { markdown: enumValueMarkdown(element.enum.name, value), span };
  }
  if (element?.type === 'size') {
    const dist = SIZE_DISTRIBUTIONS.find((d) => d.name === word);
    return dist && { markdown: `**${dist.name}** · frame-size distribution\n\n${dist.doc}`, span };
  }
  return undefined;
}

function quantity(value: NumberLit, block: Block): Found | undefined {
  if (!value.unit) return undefined;
  const lines = otherUnits(value.value, value.unit.text, frameSizeOf(block));
  if (lines.length === 0) return undefined;
  const written = `${value.raw}${value.unit.text}`;
  const markdown = [`**${written}**`, '', ...lines.map((line) => `- ${line}`)];
  if (/ B frames$/.test(lines[0] ?? '')) markdown.push('', 'Each frame also takes 20 B of preamble and inter-frame gap on the wire.');
  return { markdown: markdown.join('\n'), span: value.span };
}

/** A traffic's own frame size in bytes, when written as a size. */
function frameSizeOf(block: Block): number | undefined {
  if (block.keyword.text !== 'traffic') return undefined;
  const size = properties(block).find((p) => pathText(p.key) === 'size')?.value;
  if (size?.type !== 'Number' || !size.unit) return undefined;
  return toSI(size.value, size.unit.text);
}

function chainStack(blocks: Block[]): Stack | undefined {
  const chain = [...blocks].reverse().find((block) => block.keyword.text === 'chain');
  const stack = chain && properties(chain).find((p) => pathText(p.key) === 'stack')?.value;
  if (stack?.type === 'Path') return pathText(stack) as Stack;
  const spec: PropertySpec | undefined = propertySpec('chain', 'stack');
  return spec?.default && 'text' in spec.default ? (spec.default.text as Stack) : undefined;
}
