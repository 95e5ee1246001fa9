// Document highlights, document links and selection ranges.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SelectionRange } from 'vscode-languageserver';
import { documentHighlights } from '../../../server/lsp/highlights';
import { documentLinks } from '../../../server/lsp/links';
import { selectionRanges } from '../../../server/lsp/selection';
import { describeRange, fixture, ROOT } from './helpers';

describe('document highlights', () => {
  it('marks the declaration and every use in the file', () => {
    const f = fixture('chain ov<|>erlay on s { stage driver }\ntraffic a { via = overlay }\ntraffic b { via = overlay }');
    const found = documentHighlights(f.session, { textDocument: { uri: f.uri }, position: f.position() });
    assert.deepEqual(found.map((h) => `${describeRange(h.range)}:${h.kind}`), ['0:6-0:13:3', '1:18-1:25:2', '2:18-2:25:2']);
  });
});

describe('document links', () => {
  it('links an import to the file it names, when it exists', () => {
    const f = fixture('import "common.hnet"\nimport "missing.hnet"\n', { 'common.hnet': '' });
    const links = documentLinks(f.session, { textDocument: { uri: f.uri } });
    assert.deepEqual(links.map((l) => [describeRange(l.range), l.target]), [['0:8-0:19', `${ROOT}/common.hnet`]]);
  });
});

describe('selection ranges', () => {
  it('grows from a path segment to the file', () => {
    const f = fixture('host a {\n  nic e { speed = 1Gbps }\n}\ntraffic t { to = a.w<|>eb }\n');
    const [range] = selectionRanges(f.session, { textDocument: { uri: f.uri }, positions: [f.position()] });
    const chain: string[] = [];
    for (let r: SelectionRange | undefined = range; r; r = r.parent) chain.push(describeRange(r.range));
    assert.deepEqual(chain, ['3:19-3:22', '3:17-3:22', '3:12-3:22', '3:0-3:24', '0:0-4:0']);
  });
});
