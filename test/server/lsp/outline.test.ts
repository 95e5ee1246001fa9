// Document symbols, workspace symbols and folding ranges.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { foldingRanges } from '../../../server/lsp/folding';
import { documentSymbols, workspaceSymbols } from '../../../server/lsp/symbols';
import { fixture, ROOT } from './helpers';

const MODEL = `// region machines
host sut {
  cpu { cores = 4 }
  nic eth0 {
    speed = 100Gbps
  }
}
// endregion
/* a block
   comment */
chain overlay on sut {
  stage driver
  stage custom filter { cost = 1us }
  cores = [
    0, 1
  ]
}
link gen.eth0 <-> sut.eth0 { }
scenario s { expect { rpc.latency.p99 < 1ms } }
`;

function outline(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name}${s.detail ? ` (${s.detail})` : ''}`, ...outline(s.children ?? [], depth + 1)]);
}

describe('document symbols', () => {
  it('gives the outline with its hierarchy', () => {
    const f = fixture(MODEL);
    assert.deepEqual(outline(documentSymbols(f.session, { textDocument: { uri: f.uri } })), [
      'sut (host)',
      '  cpu',
      '    cores (4)',
      '  eth0 (nic)',
      '    speed (100Gbps)',
      'overlay (chain on sut)',
      '  driver (stage)',
      '  filter (stage custom)',
      '    cost (1us)',
      '  cores ([ 0, 1 ])',
      'gen.eth0 <-> sut.eth0 (link)',
      's (scenario)',
      '  expect',
      '    rpc.latency.p99 < 1ms',
    ]);
  });

  it('selects the name and spans the block', () => {
    const f = fixture(MODEL);
    const [host] = documentSymbols(f.session, { textDocument: { uri: f.uri } });
    assert.equal(host.kind, SymbolKind.Class);
    assert.deepEqual(host.selectionRange, { start: { line: 1, character: 5 }, end: { line: 1, character: 8 } });
    assert.deepEqual(host.range, { start: { line: 1, character: 0 }, end: { line: 6, character: 1 } });
  });

  it('never gives an empty name, even for broken blocks', () => {
    const f = fixture('host {\n traffic\n link <-> { }\n');
    const names = outline(documentSymbols(f.session, { textDocument: { uri: f.uri } }));
    assert.ok(names.every((name) => name.trim().length > 0), JSON.stringify(names));
  });
});

describe('workspace symbols', () => {
  it('finds symbols of every workspace file by a fuzzy query', () => {
    const f = fixture(MODEL, { 'other.hnet': 'traffic overload_rpc { }' });
    const found = workspaceSymbols(f.session, { query: 'ovl' }).map((s) => `${s.name}@${'uri' in s.location ? s.location.uri.slice(ROOT.length + 1) : ''}`);
    assert.deepEqual(found.sort(), ['overlay@main.hnet', 'overload_rpc@other.hnet']);
  });

  it('names the container of members', () => {
    const f = fixture(MODEL);
    const eth0 = workspaceSymbols(f.session, { query: 'eth0' }).find((s) => s.name === 'eth0');
    assert.equal(eth0?.containerName, 'sut');
  });
});

describe('folding', () => {
  it('folds bodies, lists, comments and regions', () => {
    const f = fixture(MODEL);
    const ranges = foldingRanges(f.session, { textDocument: { uri: f.uri } }).map((r) => `${r.startLine}-${r.endLine}${r.kind ? ` ${r.kind}` : ''}`);
    assert.deepEqual(ranges.sort(), ['0-7 region', '1-5', '10-15', '13-14', '3-4', '8-9 comment'].sort());
  });

  it('folds runs of line comments', () => {
    const f = fixture('// one\n// two\n// three\nhost a { }\n');
    assert.deepEqual(foldingRanges(f.session, { textDocument: { uri: f.uri } }), [{ startLine: 0, endLine: 2, kind: 'comment' }]);
  });
});
