import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { format } from '../../../server/language/syntax/format';
import { formatDocument, minimalEdit } from '../../../server/lsp/formatting';
import { fixture } from './helpers';

function applyEdits(text: string, f: ReturnType<typeof fixture>, edits: ReturnType<typeof formatDocument>): string {
  let result = text;
  for (const edit of [...edits].reverse()) {
    result = result.slice(0, f.lines.offset(edit.range.start)) + edit.newText + result.slice(f.lines.offset(edit.range.end));
  }
  return result;
}

describe('formatting', () => {
  it('gives the same text as `hostnet fmt`', () => {
    const text = 'host a {cpu{cores=8}\n\n\n   nic eth0 {speed=100Gbps}}\n';
    const f = fixture(text);
    const edits = formatDocument(f.session, { textDocument: { uri: f.uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.equal(applyEdits(text, f, edits), format(text));
  });

  it('changes nothing in a formatted file', () => {
    const text = format('host a { cpu { cores = 8 } }\n')!;
    const f = fixture(text);
    assert.deepEqual(formatDocument(f.session, { textDocument: { uri: f.uri }, options: { tabSize: 2, insertSpaces: true } }), []);
  });

  it('leaves a file with syntax errors alone', () => {
    const f = fixture('host a {cpu{cores==8}}');
    assert.deepEqual(formatDocument(f.session, { textDocument: { uri: f.uri }, options: { tabSize: 2, insertSpaces: true } }), []);
  });

  it('edits only the part that changes', () => {
    const edit = minimalEdit('line one\nline  two\nline three\n', 'line one\nline two\nline three\n');
    assert.deepEqual(edit, { range: { start: { line: 1, character: 5 }, end: { line: 1, character: 6 } }, newText: '' });
  });

  it('never splits a CRLF', () => {
    const edit = minimalEdit('a\r\nb', 'a\nb');
    assert.deepEqual(edit.range.start, { line: 0, character: 1 });
    assert.equal(edit.newText, '\n');
  });
});
