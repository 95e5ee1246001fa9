// Completion, by what the cursor's context asks for (completion-context.ts):
// block kinds and properties of the enclosing block, enum values,
// references of the right kind (across imports), units after a number,
// stage kinds, metric paths in `expect` and parameter paths in `sweep`.
// Everything offered comes from the catalog and the linker's scope.
import { CompletionItemKind, type CompletionList, type CompletionParams } from 'vscode-languageserver';
import { STAGE_KINDS, TOP_LEVEL_BLOCKS, UNITS, blockSpec, propertySpec, unitList } from '../language/catalog';
import { pathText, properties, type Block, type HnetFile, type Span } from '../language/syntax/ast';
import { parse } from '../language/syntax/parse';
import type { LineIndex } from '../language/syntax/text';
import type { Stack } from '../../simulator/model';
import { cursorContext, type CursorContext } from './completion-context';
import { RETRIGGER, add, markdown, propertyItem, propertyText, symbolItems, type Builder } from './completion-items';
import { metricItems, sweepItems } from './completion-paths';
import { metricUnitKinds, referenceItems, unitKinds, valueItems, valueType } from './completion-values';
import { blockMarkdown, stageKindMarkdown } from './docs';
import { relativeImportPath } from './paths';
import type { Session } from './session';

/** A line that starts a top-level item: where a block can be parsed on its own. */
const TOP_LEVEL_START = /^(?:host|link|chain|traffic|scenario|import)\b/;

export function completion(session: Session, params: CompletionParams): CompletionList {
  const uri = params.textDocument.uri;
  const list: CompletionList = { isIncomplete: false, items: [] };
  const text = session.documents.text(uri);
  const analysis = text === undefined ? undefined : session.latestAnalysis(uri);
  if (text === undefined || !analysis) return list;
  const lines = analysis.text === text ? analysis.lines : session.lines(uri, text);
  const offset = lines.offset(params.position);
  // Up to date: use the tree. Otherwise parse only the top-level block around the cursor.
  const piece = analysis.text === text ? { start: 0, text, ast: analysis.ast } : parseAround(text, lines, offset);
  const context = cursorContext(piece.text, piece.ast, offset - piece.start);
  const builder: Builder = { analysis, lines, base: piece.start, snippets: session.options.snippets, items: list.items };
  offer(session, builder, context, offset - piece.start);
  return list;
}

/** The top-level block holding `offset`, from its first line to the line before the next top-level block. */
function parseAround(text: string, lines: LineIndex, offset: number): { start: number; text: string; ast: HnetFile } {
  const cursorLine = lines.position(offset).line;
  let first = cursorLine;
  while (first > 0 && !TOP_LEVEL_START.test(lineText(text, lines, first))) first--;
  let last = cursorLine + 1;
  while (last < lines.lineCount && !TOP_LEVEL_START.test(lineText(text, lines, last))) last++;
  const start = lines.lineStart(first);
  const end = last < lines.lineCount ? lines.lineStart(last) : text.length;
  const piece = text.slice(start, end);
  return { start, text: piece, ast: parse(piece) };
}

function lineText(text: string, lines: LineIndex, line: number): string {
  const start = lines.lineStart(line);
  return text.slice(start, start + 16);
}

function offer(session: Session, b: Builder, context: CursorContext, offset: number): void {
  switch (context.kind) {
    case 'none':
      return;
    case 'item': {
      const block = context.blocks.at(-1);
      if (!block) return topLevelItems(b, context.replace);
      if (block.keyword.text === 'expect') return metricItems(b, context.segments, context.replace);
      if (block.keyword.text === 'sweep') return sweepItems(b, context.segments, context.replace);
      if (context.segments.length === 0) blockItems(b, block, context.replace, offset);
      return;
    }
    case 'value': {
      const type = valueType(b.analysis, context.blocks, context.key);
      if (type) valueItems(b, context.blocks, context.key, type, context.segments, context.replace);
      return;
    }
    case 'unit': {
      const kinds = context.key
        ? unitKinds(valueType(b.analysis, context.blocks, context.key))
        : metricUnitKinds(b.analysis, context.blocks.at(-1), offset);
      for (const unit of unitList(kinds)) {
        add(b, { label: unit, kind: CompletionItemKind.Unit, detail: UNITS.get(unit)?.doc }, context.replace, unit);
      }
      return;
    }
    case 'stageKind':
      return stageKindItems(b, context.blocks, context.replace);
    case 'chainOn':
      add(b, { label: 'on', kind: CompletionItemKind.Keyword, detail: 'the host the chain runs on', command: RETRIGGER }, context.replace, 'on ');
      return;
    case 'chainHost':
      return symbolItems(b, [...b.analysis.link.scope.values()].filter((s) => s.kind === 'host'), context.replace);
    case 'linkEndpoint':
      return referenceItems(b, ['nic'], context.segments, context.replace, undefined);
    case 'importPath':
      return importItems(session, b, context.replace);
  }
}

function topLevelItems(b: Builder, replace: Span): void {
  for (const keyword of TOP_LEVEL_BLOCKS) {
    const spec = blockSpec(keyword)!;
    add(b, { label: keyword, kind: CompletionItemKind.Keyword, detail: spec.doc, documentation: markdown(blockMarkdown(spec)) }, replace, spec.snippet);
  }
  add(b, { label: 'import', kind: CompletionItemKind.Keyword, detail: 'use the names of another .hnet file' }, replace, 'import "${1:common.hnet}"');
}

/** Inside a block: its child blocks and the properties it does not have yet. */
function blockItems(b: Builder, block: Block, replace: Span, offset: number): void {
  const spec = blockSpec(block.keyword.text);
  if (!spec) return;
  const present = new Set(block.items.filter((item) => item.type === 'Block').map((item) => (item as Block).keyword.text));
  for (const child of spec.children) {
    const childSpec = blockSpec(child)!;
    if (childSpec.once && present.has(child)) continue;
    add(b, { label: child, kind: CompletionItemKind.Keyword, detail: childSpec.doc, documentation: markdown(blockMarkdown(childSpec)) }, replace, childSpec.snippet);
  }
  const set = new Set(
    properties(block)
      .filter((p) => !(p.key.span.start <= offset && offset <= p.key.span.end))
      .map((p) => pathText(p.key)),
  );
  spec.properties.forEach((property, index) => {
    if (!set.has(property.name)) add(b, propertyItem(block.keyword.text, property, index), replace, property.snippet);
  });
}

function stageKindItems(b: Builder, blocks: Block[], replace: Span): void {
  const chain = [...blocks].reverse().find((block) => block.keyword.text === 'chain');
  const stack = (chain && propertyText(chain, 'stack')) ?? defaultStack();
  for (const spec of STAGE_KINDS) {
    const fits = spec.stacks.includes(stack as Stack);
    add(
      b,
      {
        label: spec.kind,
        kind: CompletionItemKind.Class,
        detail: fits ? spec.doc : `not for ${stack} chains · ${spec.doc}`,
        documentation: markdown(stageKindMarkdown(spec, stack as Stack)),
        sortText: `${fits ? 0 : 1}${spec.kind}`,
      },
      replace,
      spec.kind,
    );
  }
}

function defaultStack(): string {
  const spec = propertySpec('chain', 'stack');
  return spec?.default && 'text' in spec.default ? spec.default.text : 'kernel';
}

function importItems(session: Session, b: Builder, replace: Span): void {
  const here = b.analysis.uri;
  for (const uri of session.documents.uris()) {
    if (uri === here) continue;
    const path = relativeImportPath(here, uri);
    if (path) add(b, { label: path, kind: CompletionItemKind.File }, replace, path);
  }
}
