import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryWorkspace, codes, spanText } from '../helpers';
import { displayName, pathToUri, resolveRelative, toUri, uriToPath } from '../../../../server/language/uri';

test('an edit re-analyses the document and its importers, and nothing else', () => {
  const { workspace, uri } = memoryWorkspace({
    'main.hnet': 'import "hosts.hnet"\nchain c on sut { stage driver }\n',
    'hosts.hnet': 'host sut { nic eth0 { } }\n',
    'other.hnet': 'host lonely { }\n',
  });
  const main = workspace.analyze(uri('main.hnet'))!;
  const other = workspace.analyze(uri('other.hnet'))!;
  assert.deepEqual(codes(main), []);
  assert.equal(workspace.analyze(uri('main.hnet')), main, 'cached until something it depends on changes');

  workspace.update(uri('hosts.hnet'), 'host server { nic eth0 { } }\n');
  const relinked = workspace.analyze(uri('main.hnet'))!;
  assert.notEqual(relinked, main);
  assert.deepEqual(codes(relinked), ['HN013@2']);
  assert.equal(workspace.analyze(uri('other.hnet')), other, 'an unrelated document keeps its analysis');
  assert.deepEqual(workspace.dependents(uri('hosts.hnet')), [uri('main.hnet')]);
});

test('analysis carries the tree, line index, symbols and references; syntax errors become HN001', () => {
  const { workspace, uri } = memoryWorkspace({ 'main.hnet': 'host a { cpu { cores = } }\nhost b { }\n' });
  const analysis = workspace.analyze(uri('main.hnet'))!;
  assert.equal(analysis.ast.blocks.length, 2);
  assert.deepEqual(codes(analysis), ['HN001@1']);
  assert.equal(analysis.lines.position(analysis.symbols[1].nameSpan.start).line, 1);
});

test('a missing import is resolved once the file appears, through update or invalidate', () => {
  const { workspace, uri, files } = memoryWorkspace({ 'main.hnet': 'import "late.hnet"\nchain c on sut { stage driver }\n' });
  assert.deepEqual(codes(workspace.analyze(uri('main.hnet'))!), ['HN015@1', 'HN013@2']);
  workspace.update(uri('late.hnet'), 'host sut { nic eth0 { } }\n');
  assert.deepEqual(codes(workspace.analyze(uri('main.hnet'))!), []);
  // The editor closes it and the disk has another version.
  files['late.hnet'] = 'host other { }\n';
  workspace.invalidate(uri('late.hnet'));
  assert.deepEqual(codes(workspace.analyze(uri('main.hnet'))!), ['HN013@2']);
});

test('update with the same text keeps the analysis', () => {
  const { workspace, uri } = memoryWorkspace({ 'main.hnet': 'host a { }\n' });
  workspace.update(uri('main.hnet'), 'host a { }\n');
  const first = workspace.analyze(uri('main.hnet'));
  workspace.update(uri('main.hnet'), 'host a { }\n');
  assert.equal(workspace.analyze(uri('main.hnet')), first);
  assert.equal(workspace.analyze(uri('absent.hnet')), undefined);
});

test('find references across files and the symbol at a position', () => {
  const { workspace, uri } = memoryWorkspace({
    'hosts.hnet': 'host sut { nic eth0 { } }\n',
    'a.hnet': 'import "hosts.hnet"\nchain c on sut { stage driver }\n',
    'b.hnet': 'import "hosts.hnet"\nchain d on sut { stage driver }\n',
  });
  workspace.analyze(uri('a.hnet'));
  workspace.analyze(uri('b.hnet'));
  const hosts = workspace.analyze(uri('hosts.hnet'))!;
  const at = workspace.symbolAt(uri('hosts.hnet'), hosts.text.indexOf('sut') + 1)!;
  assert.equal(at.symbol.qualifiedName, 'sut');
  const refs = workspace.findReferences(at.symbol);
  assert.deepEqual(refs.map((r) => r.uri).sort(), [uri('a.hnet'), uri('b.hnet')]);
  const a = workspace.analyze(uri('a.hnet'))!;
  const fromUse = workspace.symbolAt(uri('a.hnet'), a.text.indexOf('sut'))!;
  assert.equal(fromUse.symbol, at.symbol);
  assert.equal(spanText(a, fromUse.span), 'sut');
});

test('URI helpers: paths and URIs convert both ways; imports resolve relative to the importing file', () => {
  const uri = pathToUri('/home/me/my nets/main.hnet');
  assert.equal(uri, 'file:///home/me/my%20nets/main.hnet');
  assert.equal(uriToPath(uri), '/home/me/my nets/main.hnet');
  assert.equal(toUri('/tmp/x.hnet'), 'file:///tmp/x.hnet');
  assert.equal(toUri('file:///tmp/x.hnet'), 'file:///tmp/x.hnet');
  assert.equal(resolveRelative(uri, '../common.hnet'), 'file:///home/me/common.hnet');
  assert.equal(resolveRelative(uri, 'sub/a b.hnet'), 'file:///home/me/my%20nets/sub/a%20b.hnet');
  assert.equal(displayName(uri), 'main.hnet');
  assert.equal(uriToPath('untitled:Untitled-1'), undefined);
});
