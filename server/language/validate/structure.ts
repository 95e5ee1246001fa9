// Checks each block against the catalog: where it may appear, its header,
// its properties (known, not repeated, well-typed, in range) and what it
// requires.
import { STAGE_KINDS, blockSpec, stageKind, type BlockSpec, type PropertySpec } from '../catalog';
import { diagnostic, type Diagnostic } from '../diagnostic';
import { closest, didYouMean } from '../suggest';
import { childBlocks, pathText, properties, type Block, type HnetFile } from '../syntax/ast';
import { effectiveWord, findProperty } from './read';
import { evaluate } from './values';

function where(keyword: string): string {
  const spec = blockSpec(keyword);
  const parents = spec?.parents.filter((p) => p !== 'file') ?? [];
  if (spec?.parents.includes('file')) return 'at the top level of a file';
  return `inside ${parents.map((p) => `a \`${p}\``).join(' or ')}`;
}

/** The name span of a block, for diagnostics about the whole block. */
export function blockLabelSpan(block: Block) {
  return block.name?.span ?? block.stageKind?.span ?? block.keyword.span;
}

function describeBlock(block: Block): string {
  const name = block.name?.text ?? block.stageKind?.text;
  return name ? `${block.keyword.text} \`${name}\`` : `\`${block.keyword.text}\``;
}

function isRequired(spec: PropertySpec, block: Block, keyword: string): string | undefined {
  if (spec.required === true) return '';
  if (!spec.required) return undefined;
  const condition = spec.required;
  const actual = effectiveWord(block, keyword, condition.when);
  return actual !== undefined && condition.in.includes(actual) ? ` (needed when ${condition.when} = ${actual})` : undefined;
}

export function checkStructure(uri: string, file: HnetFile): Diagnostic[] {
  const out: Diagnostic[] = [];

  function checkProperties(block: Block, spec: BlockSpec): void {
    const seen = new Set<string>();
    for (const prop of properties(block)) {
      const key = pathText(prop.key);
      if (spec.body === 'expect') {
        out.push(diagnostic('HN003', uri, prop.key.span, `\`expect\` takes comparisons such as \`rpc.latency.p99 < 50us\`, not \`${key} = …\``));
        continue;
      }
      if (seen.has(key)) {
        out.push(diagnostic('HN004', uri, prop.key.span, `\`${key}\` is already set in this ${block.keyword.text}; the first value counts`));
        continue;
      }
      seen.add(key);
      if (spec.body === 'sweep') continue; // checked with the scenario, where sweep paths are resolved
      if (prop.key.segments.length > 1) {
        out.push(diagnostic('HN003', uri, prop.key.span, `\`${key}\`: dotted paths name properties only inside \`sweep\``));
        continue;
      }
      const property = spec.properties.find((p) => p.name === key);
      if (!property) {
        const suggestions = closest(key, spec.properties.map((p) => p.name));
        const message = `unknown property \`${key}\` in \`${block.keyword.text}\`${didYouMean(suggestions)}`;
        out.push(diagnostic('HN003', uri, prop.key.span, message, { suggestions }));
        continue;
      }
      if (!prop.value) continue; // the parser reported the missing value
      for (const p of evaluate(prop.value, property.type, `\`${key}\``, property.range).problems) {
        out.push(diagnostic(p.code, uri, p.span, p.message, p.data));
      }
    }
  }

  function checkRequired(block: Block, spec: BlockSpec): void {
    const missing: PropertySpec[] = [];
    const reasons: string[] = [];
    for (const property of spec.properties) {
      if (findProperty(block, property.name)) continue;
      const reason = isRequired(property, block, spec.keyword);
      if (reason === undefined) continue;
      missing.push(property);
      reasons.push(`\`${property.name}\`${reason}`);
    }
    const kind = spec.keyword === 'stage' && block.stageKind ? stageKind(block.stageKind.text) : undefined;
    if (kind?.requiresCost && !findProperty(block, 'cost')) {
      missing.push(spec.properties.find((p) => p.name === 'cost')!);
      reasons.push(`\`cost\` (a ${kind.kind} stage has no default cost)`);
    }
    if (missing.length === 0) return;
    out.push(
      diagnostic('HN011', uri, blockLabelSpan(block), `${describeBlock(block)} is missing ${reasons.join(', ')}`, {
        missing: missing.map((p) => ({ name: p.name, snippet: p.snippet })),
      }),
    );
  }

  function visit(block: Block, parent: Block | undefined): void {
    const spec = blockSpec(block.keyword.text);
    if (!spec) return; // the parser reported the unknown keyword
    const parentKeyword = parent ? parent.keyword.text : 'file';
    if (!spec.parents.includes(parentKeyword as never)) {
      const message = parent
        ? `\`${spec.keyword}\` is not allowed in a \`${parentKeyword}\`; it belongs ${where(spec.keyword)}`
        : `\`${spec.keyword}\` must be ${where(spec.keyword)}`;
      out.push(diagnostic('HN002', uri, block.keyword.span, message));
    }
    if (spec.keyword === 'stage' && block.stageKind && !stageKind(block.stageKind.text)) {
      const suggestions = closest(block.stageKind.text, STAGE_KINDS.map((s) => s.kind));
      out.push(
        diagnostic('HN027', uri, block.stageKind.span, `unknown stage kind \`${block.stageKind.text}\`${didYouMean(suggestions)}`, {
          suggestions: suggestions.length ? suggestions : STAGE_KINDS.map((s) => s.kind),
        }),
      );
    }
    checkProperties(block, spec);
    checkRequired(block, spec);
    const counts = new Map<string, number>();
    for (const child of childBlocks(block)) {
      const childSpec = blockSpec(child.keyword.text);
      const count = (counts.get(child.keyword.text) ?? 0) + 1;
      counts.set(child.keyword.text, count);
      if (childSpec?.once && count > 1) {
        out.push(diagnostic('HN029', uri, child.keyword.span, `${describeBlock(block)} already has a \`${child.keyword.text}\` block`));
      }
      visit(child, block);
    }
  }

  for (const block of file.blocks) visit(block, undefined);
  return out;
}
