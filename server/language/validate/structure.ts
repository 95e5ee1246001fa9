// Checks each block against the catalog: where it may appear, its header,
// its properties (known, not repeated, well-typed, in range) and what it
// requires.
// Catalog imports name their defining modules: under CommonJS (tsx) each re-export
// through the catalog's index adds a getter call, and these run for every property.
import { blockSpec, propertySpec } from '../catalog/blocks';
import { STAGE_KINDS, stageKind } from '../catalog/stages';
import type { BlockSpec, PropertySpec } from '../catalog/types';
import { diagnostic, type Diagnostic } from '../diagnostic';
import { closest, didYouMean } from '../suggest';
import { pathText, properties, type Block, type HnetFile, type Property } from '../syntax/ast';
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

function andList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
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

const requiredCache = new WeakMap<BlockSpec, PropertySpec[]>();

/** The properties of a block that are required always or under a condition. */
function requirable(spec: BlockSpec): PropertySpec[] {
  let list = requiredCache.get(spec);
  if (!list) {
    list = spec.properties.filter((p) => p.required);
    requiredCache.set(spec, list);
  }
  return list;
}

export function checkStructure(uri: string, file: HnetFile): Diagnostic[] {
  const out: Diagnostic[] = [];

  function checkProperty(prop: Property, block: Block, spec: BlockSpec): void {
    const simple = prop.key.segments.length === 1;
    const key = simple ? prop.key.segments[0].name.text : pathText(prop.key);
    if (spec.body === 'expect') {
      out.push(diagnostic('HN003', uri, prop.key.span, `\`expect\` takes comparisons such as \`rpc.latency.p99 < 50us\`, not \`${key} = …\``));
      return;
    }
    if (spec.body === 'sweep') {
      // Values are checked with the scenario, where sweep paths are resolved.
      const first = properties(block).find((p) => pathText(p.key) === key);
      if (first !== prop) out.push(diagnostic('HN004', uri, prop.key.span, `\`${key}\` is already swept in this block`));
      return;
    }
    if (!simple) {
      out.push(diagnostic('HN003', uri, prop.key.span, `\`${key}\`: dotted paths name properties only inside \`sweep\``));
      return;
    }
    if (findProperty(block, key) !== prop) {
      out.push(diagnostic('HN004', uri, prop.key.span, `\`${key}\` is already set in this ${block.keyword.text}; the first value counts`));
      return;
    }
    const property = propertySpec(spec.keyword, key);
    if (!property) {
      const suggestions = closest(key, spec.properties.map((p) => p.name));
      const message = `unknown property \`${key}\` in \`${block.keyword.text}\`${didYouMean(suggestions)}`;
      out.push(diagnostic('HN003', uri, prop.key.span, message, { suggestions }));
      return;
    }
    if (!prop.value) return; // the parser reported the missing value
    const { problems } = evaluate(prop.value, property.type, key, property.range);
    for (const p of problems) out.push(diagnostic(p.code, uri, p.span, p.message, p.data));
  }

  function checkRequired(block: Block, spec: BlockSpec): void {
    // Runs for every block: allocates only when something is missing.
    let missing: PropertySpec[] | undefined;
    let reasons: string[] | undefined;
    for (const property of requirable(spec)) {
      if (findProperty(block, property.name)) continue;
      const reason = isRequired(property, block, spec.keyword);
      if (reason === undefined) continue;
      (missing ??= []).push(property);
      (reasons ??= []).push(`\`${property.name}\`${reason}`);
    }
    const kind = spec.keyword === 'stage' && block.stageKind ? stageKind(block.stageKind.text) : undefined;
    if (kind?.requiresCost && !findProperty(block, 'cost')) {
      (missing ??= []).push(propertySpec('stage', 'cost')!);
      (reasons ??= []).push(`\`cost\` (a ${kind.kind} stage has no default cost)`);
    }
    if (!missing || !reasons) return;
    out.push(
      diagnostic('HN011', uri, blockLabelSpan(block), `${describeBlock(block)} is missing ${andList(reasons)}`, {
        missing: missing.map((p) => ({ name: p.name, snippet: p.snippet })),
      }),
    );
  }

  function checkPlacement(block: Block, spec: BlockSpec, parent: Block | undefined): void {
    const parentKeyword = parent ? parent.keyword.text : 'file';
    if (spec.parents.includes(parentKeyword as never)) return;
    const message = parent
      ? `\`${spec.keyword}\` is not allowed in a \`${parentKeyword}\`; it belongs ${where(spec.keyword)}`
      : `\`${spec.keyword}\` must be ${where(spec.keyword)}`;
    out.push(diagnostic('HN002', uri, block.keyword.span, message));
  }

  function visit(block: Block, parent: Block | undefined): void {
    const spec = blockSpec(block.keyword.text);
    if (!spec) return; // the parser reported the unknown keyword
    checkPlacement(block, spec, parent);
    if (spec.keyword === 'stage' && block.stageKind && !stageKind(block.stageKind.text)) {
      const kinds = STAGE_KINDS.map((s) => s.kind);
      const suggestions = closest(block.stageKind.text, kinds);
      const message = `unknown stage kind \`${block.stageKind.text}\`${didYouMean(suggestions)}`;
      out.push(diagnostic('HN027', uri, block.stageKind.span, message, { suggestions: suggestions.length ? suggestions : kinds }));
    }
    let onceSeen: string[] | undefined;
    for (const item of block.items) {
      if (item.type === 'Property') {
        checkProperty(item, block, spec);
      } else if (item.type === 'Block') {
        const keyword = item.keyword.text;
        if (blockSpec(keyword)?.once) {
          if (onceSeen?.includes(keyword)) {
            out.push(diagnostic('HN029', uri, item.keyword.span, `${describeBlock(block)} already has a \`${keyword}\` block`));
          }
          (onceSeen ??= []).push(keyword);
        }
        visit(item, block);
      }
    }
    checkRequired(block, spec);
  }

  for (const block of file.blocks) visit(block, undefined);
  return out;
}
