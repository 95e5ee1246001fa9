// Test helpers for the LSP features, Langium-style: the test text marks the
// cursor with `<|>` and expected ranges with `<|text|>`; each helper runs one
// feature in-process on a Session and checks its answer.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CompletionItem, Hover, Location, Position, Range } from 'vscode-languageserver';
import { LineIndex } from '../../../server/language/syntax/text';
import { completion } from '../../../server/lsp/completion';
import { hover } from '../../../server/lsp/hover';
import { Session } from '../../../server/lsp/session';

export const ROOT = 'file:///work/test';

/** A generator, a server with a container and an overlay chain: the model completion and hover tests write around. */
export const OVERLAY_HOST = readFileSync(new URL('./overlay-host.hnet', import.meta.url), 'utf8');
export const MAIN_URI = `${ROOT}/main.hnet`;

export interface Marked {
  /** The text without markers. */
  text: string;
  /** Offsets of each `<|>`, in order. */
  cursors: number[];
  /** Spans of each `<|text|>`, in order. */
  ranges: { start: number; end: number }[];
}

export function parseMarkers(marked: string): Marked {
  let text = '';
  const cursors: number[] = [];
  const ranges: { start: number; end: number }[] = [];
  const open: number[] = [];
  for (let i = 0; i < marked.length; i++) {
    if (marked.startsWith('<|>', i)) {
      cursors.push(text.length);
      i += 2;
    } else if (marked.startsWith('<|', i)) {
      open.push(text.length);
      i += 1;
    } else if (marked.startsWith('|>', i) && open.length > 0) {
      ranges.push({ start: open.pop()!, end: text.length });
      i += 1;
    } else {
      text += marked[i];
    }
  }
  ranges.sort((a, b) => a.start - b.start);
  return { text, cursors, ranges };
}

export interface Fixture extends Marked {
  session: Session;
  uri: string;
  lines: LineIndex;
  /** The LSP position of cursor `index`. */
  position(index?: number): Position;
  /** The LSP range of marked range `index`. */
  range(index?: number): Range;
}

/**
 * A session with the marked text open as main.hnet and `others` as
 * workspace files beside it (`{ 'common.hnet': '…' }`), so imports resolve.
 */
export function fixture(marked: string, others: Record<string, string> = {}): Fixture {
  const parsed = parseMarkers(marked);
  const session = new Session();
  for (const [name, text] of Object.entries(others)) session.documents.addWorkspaceFile(`${ROOT}/${name}`, text);
  session.didOpen(MAIN_URI, 1, parsed.text);
  const lines = new LineIndex(parsed.text);
  return {
    ...parsed,
    session,
    uri: MAIN_URI,
    lines,
    position: (index = 0) => lines.position(at(parsed.cursors, index, 'cursor')),
    range: (index = 0) => {
      const span = at(parsed.ranges, index, 'range');
      return { start: lines.position(span.start), end: lines.position(span.end) };
    },
  };
}

function at<T>(list: T[], index: number, what: string): T {
  const value = list[index];
  if (value === undefined) throw new Error(`the test text has no ${what} marker #${index}`);
  return value;
}

export interface CompletionExpectation {
  /** Labels that must be offered. */
  includes?: string[];
  /** Labels that must not be offered. */
  excludes?: string[];
  /** Exactly these labels, in any order. */
  exactly?: string[];
  /** Which `<|>` (default the first). */
  index?: number;
  others?: Record<string, string>;
}

export function expectCompletion(marked: string, expected: CompletionExpectation): CompletionItem[] {
  const f = fixture(marked, expected.others);
  const items = completion(f.session, { textDocument: { uri: f.uri }, position: f.position(expected.index) }).items;
  const labels = items.map((item) => item.label);
  for (const label of expected.includes ?? []) assert.ok(labels.includes(label), `expected \`${label}\` among ${JSON.stringify(labels)}`);
  for (const label of expected.excludes ?? []) assert.ok(!labels.includes(label), `did not expect \`${label}\` among ${JSON.stringify(labels)}`);
  if (expected.exactly) assert.deepEqual([...labels].sort(), [...expected.exactly].sort());
  return items;
}

/** Hovers at the cursor; `expected` patterns must all match the hover's text, `null` means no hover. */
export function expectHover(marked: string, expected: (string | RegExp)[] | null, others?: Record<string, string>): string {
  const f = fixture(marked, others);
  const result = hover(f.session, { textDocument: { uri: f.uri }, position: f.position() });
  if (expected === null) {
    assert.equal(result, null, `expected no hover, got ${hoverText(result)}`);
    return '';
  }
  const text = hoverText(result);
  for (const pattern of expected) {
    if (typeof pattern === 'string') assert.ok(text.includes(pattern), `expected hover to include ${JSON.stringify(pattern)}:\n${text}`);
    else assert.match(text, pattern);
  }
  return text;
}

/** The text of a completion item applied to the document (what the user would see). */
export function applyItem(f: Fixture, item: CompletionItem): string {
  const edit = item.textEdit;
  assert.ok(edit && 'range' in edit, 'completion items carry a textEdit with a range');
  const start = f.lines.offset(edit.range.start);
  const end = f.lines.offset(edit.range.end);
  return f.text.slice(0, start) + edit.newText + f.text.slice(end);
}

/** The markdown (or plain) text of a hover. */
export function hoverText(hover: Hover | null | undefined): string {
  if (!hover) return '';
  const contents = hover.contents;
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
  return contents.value;
}

/** Locations as `uri-name:line:col-line:col` strings, sorted, for short assertions. */
export function describeLocations(locations: Location[]): string[] {
  return locations
    .map(({ uri, range }) => `${uri.slice(ROOT.length + 1)}:${describeRange(range)}`)
    .sort();
}

export function describeRange(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}
