// Range formatting: the whole file is formatted (the formatter of
// `hostnet fmt`), and only the changes on the lines the selection touches are
// returned. A file with syntax errors is left alone.
//
// The formatter keeps the writer's line structure, but not always line for
// line: it moves a `}` or the first item after `{` to a line of its own,
// drops or adds blank lines, drops `;` and trailing commas, and writes `\n`.
// So old and new lines are paired by what they hold: the text without
// whitespace, `;` and `,` is the same before and after, and a line that starts
// at the same place of that text in both starts a pair. Lines between two
// pairs form one piece (lines the formatter split or joined) that is replaced
// whole when the selection touches any of its lines; blank lines after a
// piece are a piece of their own. Should that text ever differ, no edit is
// made. The document's line ending is kept.
import type { DocumentRangeFormattingParams, Position, Range, TextEdit } from 'vscode-languageserver';
import { format } from '../language/syntax/format';
import type { Session } from './session';

export function formatRange(session: Session, params: DocumentRangeFormattingParams): TextEdit[] {
  const text = session.documents.text(params.textDocument.uri);
  if (text === undefined) return [];
  const formatted = format(text);
  if (formatted === undefined || formatted === text) return [];
  return rangeEdits(text, formatted, params.range);
}

interface Line {
  text: string;
  /** Characters of the skeleton (the text without whitespace, `;`, `,`) before this line. */
  before: number;
  /** Whether the line holds any skeleton character. */
  blank: boolean;
}

/** A run of old lines to replace by a run of new ones (indices; `end` exclusive). */
interface Piece {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/** The edits turning `text` into `formatted` on the lines `range` touches. */
export function rangeEdits(text: string, formatted: string, range: Range): TextEdit[] {
  if (skeleton(text) !== skeleton(formatted)) return [];
  const oldLines = skeletonLines(text);
  const newLines = skeletonLines(formatted);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const first = range.start.line;
  // A selection ending at the start of a line does not take that line.
  const last = range.end.line > first && range.end.character === 0 ? range.end.line - 1 : range.end.line;
  const edits: TextEdit[] = [];
  for (const piece of pieces(oldLines, newLines)) {
    const touched = piece.oldStart === piece.oldEnd ? first <= piece.oldStart && piece.oldStart <= last + 1 : piece.oldStart <= last && first < piece.oldEnd;
    if (!touched) continue;
    const edit = pieceEdit(piece, oldLines, newLines, eol);
    if (edit) edits.push(edit);
  }
  return edits;
}

/** Pairs old and new lines that start at the same place of the skeleton; the lines between pairs form pieces. */
function pieces(oldLines: Line[], newLines: Line[]): Piece[] {
  const newStarts = new Map<number, number>();
  newLines.forEach((line, index) => {
    if (!line.blank) newStarts.set(line.before, index);
  });
  const anchors: [number, number][] = [];
  oldLines.forEach((line, index) => {
    const paired = line.blank ? undefined : newStarts.get(line.before);
    if (paired !== undefined) anchors.push([index, paired]);
  });
  anchors.push([oldLines.length, newLines.length]);
  const result: Piece[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const [oldAnchor, newAnchor] of anchors) {
    // The lines up to the anchor: what holds code, then the blank lines after it.
    const oldCode = lastCodeLine(oldLines, oldAt, oldAnchor);
    const newCode = lastCodeLine(newLines, newAt, newAnchor);
    result.push({ oldStart: oldAt, oldEnd: oldCode, newStart: newAt, newEnd: newCode });
    result.push({ oldStart: oldCode, oldEnd: oldAnchor, newStart: newCode, newEnd: newAnchor });
    oldAt = oldAnchor;
    newAt = newAnchor;
  }
  return result.filter((p) => p.oldStart < p.oldEnd || p.newStart < p.newEnd);
}

/** The index after the last line in [start, end) holding code (start when none does). */
function lastCodeLine(lines: Line[], start: number, end: number): number {
  let at = end;
  while (at > start && lines[at - 1].blank) at--;
  return at;
}

/** The edit replacing the piece's old lines by its new ones, or undefined when they are the same. */
function pieceEdit(piece: Piece, oldLines: Line[], newLines: Line[], eol: string): TextEdit | undefined {
  const newText = joinLines(newLines, piece.newStart, piece.newEnd, eol);
  if (joinLines(oldLines, piece.oldStart, piece.oldEnd, eol) === newText) return undefined;
  // Whole lines with their line ends (the text's last line has none).
  return { range: { start: lineStart(oldLines, piece.oldStart), end: lineStart(oldLines, piece.oldEnd) }, newText };
}

/** Where line `index` starts; past the last line, the end of the text. */
function lineStart(lines: Line[], index: number): Position {
  if (index < lines.length) return { line: index, character: 0 };
  return { line: lines.length - 1, character: lines[lines.length - 1].text.length };
}

/** Lines [start, end) each followed by `eol` (except the text's last line), without their own `\r`. */
function joinLines(lines: Line[], start: number, end: number, eol: string): string {
  let out = '';
  for (let i = start; i < end; i++) out += lines[i].text.replace(/\r$/, '') + (i < lines.length - 1 ? eol : '');
  return out;
}

const NOT_SKELETON = /[\s;,]/g;

function skeleton(text: string): string {
  return text.replace(NOT_SKELETON, '');
}

function skeletonLines(text: string): Line[] {
  let before = 0;
  return text.split('\n').map((line) => {
    const length = skeleton(line).length;
    const result = { text: line, before, blank: length === 0 };
    before += length;
    return result;
  });
}
