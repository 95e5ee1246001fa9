// Folding: block bodies and lists over several lines, block comments, runs of
// line comments, and `// region` … `// endregion` markers (the same markers
// as the language configuration, which VS Code ignores once a provider exists).
import { FoldingRangeKind, type FoldingRange, type FoldingRangeParams } from 'vscode-languageserver';
import type { Block, Comment, Value } from '../language/syntax/ast';
import type { LineIndex } from '../language/syntax/text';
import type { Session } from './session';

const REGION_START = /^\s*(\/\/|#)\s*region\b/;
const REGION_END = /^\s*(\/\/|#)\s*endregion\b/;

export function foldingRanges(session: Session, params: FoldingRangeParams): FoldingRange[] {
  const parsed = session.parsed(params.textDocument.uri);
  if (!parsed) return [];
  const { lines, ast: file } = parsed;
  const ranges: FoldingRange[] = [];
  const add = (startOffset: number, endOffset: number, kind?: FoldingRangeKind): void => {
    const startLine = lines.position(startOffset).line;
    const endLine = lines.position(endOffset).line;
    if (endLine > startLine) ranges.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };

  const visitValue = (value: Value | undefined): void => {
    if (value?.type !== 'List') return;
    // Keep the closing bracket visible, as VS Code does for braces.
    add(value.span.start, lastLineEnd(lines, value.span.end));
    value.items.forEach(visitValue);
  };
  const visitBlock = (block: Block): void => {
    if (block.body) add(block.span.start, lastLineEnd(lines, block.body.close?.start ?? block.span.end));
    for (const item of block.items) {
      if (item.type === 'Block') visitBlock(item);
      else visitValue(item.value);
    }
  };
  file.blocks.forEach(visitBlock);
  if (file.imports.length > 1) add(file.imports[0].span.start, file.imports[file.imports.length - 1].span.end, FoldingRangeKind.Imports);
  foldComments(lines, file.comments, add);
  return ranges;
}

/** The end of the line before the one holding `offset` (so `}` stays visible), or `offset` when on the same line. */
function lastLineEnd(lines: LineIndex, offset: number): number {
  const line = lines.position(offset).line;
  return line === 0 ? offset : lines.lineStart(line) - 1;
}

function foldComments(
  lines: LineIndex,
  comments: Comment[],
  add: (start: number, end: number, kind?: FoldingRangeKind) => void,
): void {
  const regions: number[] = [];
  let run: { start: number; end: number; line: number } | undefined;
  const closeRun = (): void => {
    if (run) add(run.start, run.end, FoldingRangeKind.Comment);
    run = undefined;
  };
  for (const comment of comments) {
    if (comment.style === 'block') {
      closeRun();
      add(comment.span.start, comment.span.end, FoldingRangeKind.Comment);
      continue;
    }
    const { line, character } = lines.position(comment.span.start);
    const ownLine = lines.text.slice(lines.lineStart(line), lines.lineStart(line) + character).trim() === '';
    if (ownLine && REGION_START.test(comment.text)) {
      closeRun();
      regions.push(comment.span.start);
      continue;
    }
    if (ownLine && REGION_END.test(comment.text)) {
      closeRun();
      const start = regions.pop();
      if (start !== undefined) add(start, comment.span.end, FoldingRangeKind.Region);
      continue;
    }
    if (!ownLine) {
      closeRun();
      continue;
    }
    if (run && line === run.line + 1) {
      run.end = comment.span.end;
      run.line = line;
    } else {
      closeRun();
      run = { start: comment.span.start, end: comment.span.end, line };
    }
  }
  closeRun();
}
