import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Range, TextEdit } from 'vscode-languageserver';
import { format } from '../../../server/language/syntax/format';
import { LineIndex } from '../../../server/language/syntax/text';
import { formatRange, rangeEdits } from '../../../server/lsp/range-formatting';
import { Session } from '../../../server/lsp/session';

const URI = 'file:///work/test/main.hnet';
const OPTIONS = { tabSize: 2, insertSpaces: true };

function edits(text: string, range: Range): TextEdit[] {
  const session = new Session();
  session.didOpen(URI, 1, text);
  return formatRange(session, { textDocument: { uri: URI }, range, options: OPTIONS });
}

function apply(text: string, list: TextEdit[]): string {
  const lines = new LineIndex(text);
  const sorted = [...list].sort((a, b) => lines.offset(b.range.start) - lines.offset(a.range.start));
  return sorted.reduce((result, e) => result.slice(0, lines.offset(e.range.start)) + e.newText + result.slice(lines.offset(e.range.end)), text);
}

/** Lines `first`..`last` whole (the selection ends at the start of the next line). */
function lines(first: number, last: number): Range {
  return { start: { line: first, character: 0 }, end: { line: last + 1, character: 0 } };
}

const MESSY = [
  'host gen {', // 0
  '  role=loadgen', // 1
  '  nic eth0 {speed=100Gbps}', // 2
  '}', // 3
  '', // 4
  'host sut {', // 5
  '      cpu {cores=2   freq=3GHz}', // 6
  'nic eth0 { speed = 100Gbps }', // 7
  '}', // 8
  '',
].join('\n');

describe('range formatting', () => {
  it('changes only the selected block', () => {
    const result = apply(MESSY, edits(MESSY, lines(5, 8)));
    const expected = format(MESSY)!.split('\n');
    assert.deepEqual(result.split('\n').slice(0, 5), MESSY.split('\n').slice(0, 5));
    assert.deepEqual(result.split('\n').slice(5), expected.slice(5));
  });

  it('changes only the selected line', () => {
    const result = apply(MESSY, edits(MESSY, { start: { line: 1, character: 3 }, end: { line: 1, character: 5 } }));
    assert.equal(result, MESSY.replace('role=loadgen', 'role = loadgen'));
  });

  it('leaves a comment alone when the selection is inside it, and formats only the code on its first line', () => {
    const text = 'host a {\n  cpu {cores=2}   /* cores\n     and more */\n  nic eth0 {speed=1Gbps}\n}\n';
    assert.deepEqual(edits(text, { start: { line: 2, character: 6 }, end: { line: 2, character: 9 } }), []);
    const result = apply(text, edits(text, { start: { line: 1, character: 20 }, end: { line: 2, character: 3 } }));
    assert.equal(result, 'host a {\n  cpu { cores = 2 }  /* cores\n     and more */\n  nic eth0 {speed=1Gbps}\n}\n');
  });

  it('leaves a comment that needs no change alone', () => {
    const text = 'host a {\n  // two cores,  see the bench\n  cpu {cores=2}\n}\n';
    assert.deepEqual(edits(text, lines(1, 1)), []);
  });

  it('leaves a file with syntax errors alone', () => {
    assert.deepEqual(edits('host a {cpu{cores==8}}\n', lines(0, 0)), []);
  });

  it('gives no further edits when run twice', () => {
    for (const range of [lines(5, 8), lines(0, 2), lines(6, 6), { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } }]) {
      const once = apply(MESSY, edits(MESSY, range));
      assert.deepEqual(edits(once, range), [], JSON.stringify(range));
    }
  });

  it('formats the whole file like full formatting when everything is selected', () => {
    assert.equal(apply(MESSY, edits(MESSY, { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } })), format(MESSY));
  });

  it('replaces lines the formatter splits as one piece', () => {
    const text = 'host a {cpu {cores=2}\n  nic eth0 {speed=1Gbps}}\n\nhost b { }\n';
    const result = apply(text, edits(text, lines(0, 0)));
    assert.equal(result, 'host a {\n  cpu { cores = 2 }\n  nic eth0 {speed=1Gbps}}\n\nhost b { }\n');
  });

  it('collapses blank lines only where selected', () => {
    const text = 'host a { }\n\n\n\nhost b { }\n\n\n\nhost c { }\n';
    assert.equal(apply(text, edits(text, lines(1, 3))), 'host a { }\n\nhost b { }\n\n\n\nhost c { }\n');
  });

  it('keeps the document’s CRLF line ends', () => {
    const text = 'host a {\r\n  cpu {cores=2}\r\n}\r\n';
    assert.equal(apply(text, edits(text, lines(1, 1))), 'host a {\r\n  cpu { cores = 2 }\r\n}\r\n');
    assert.deepEqual(edits(format(text)!.replace(/\n/g, '\r\n'), lines(0, 2)), []);
  });

  it('makes no edit when the formatter changed more than whitespace and separators', () => {
    assert.deepEqual(rangeEdits('host a { }\n', 'host b { }\n', lines(0, 0)), []);
  });
});
