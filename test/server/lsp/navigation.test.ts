// Go to definition, find references and rename, within a file and across imports.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ResponseError } from 'vscode-languageserver';
import { definition } from '../../../server/lsp/definition';
import { references } from '../../../server/lsp/references';
import { prepareRename, rename } from '../../../server/lsp/rename';
import { describeLocations, describeRange, fixture, MAIN_URI, ROOT } from './helpers';

const COMMON = `host gen { role = loadgen  nic eth0 { } }
host sut {
  cpu { cores = 4 }
  nic eth0 { }
  container web { }
}
chain overlay on sut {
  stage driver
  stage vxlan
}
`;
const COMMON_URI = `${ROOT}/common.hnet`;

const MAIN = `import "common.hnet"
traffic rpc {
  from = gen  to = sut.web  via = overlay
}
scenario s {
  traffic = [rpc]
  expect { overlay.vxlan.wait < 1us }
}
`;

describe('definition', () => {
  it('goes from a reference to the declaration in the imported file', () => {
    const f = fixture(MAIN.replace('via = overlay', 'via = over<|>lay'), { 'common.hnet': COMMON });
    const [link] = definition(f.session, { textDocument: { uri: f.uri }, position: f.position() })!;
    assert.equal(link.targetUri, COMMON_URI);
    assert.equal(describeRange(link.targetSelectionRange), '6:6-6:13');
    assert.equal(describeRange(link.originSelectionRange!), '2:34-2:41');
  });

  it('goes from a member segment to the member', () => {
    const f = fixture(MAIN.replace('sut.web', 'sut.w<|>eb'), { 'common.hnet': COMMON });
    const [link] = definition(f.session, { textDocument: { uri: f.uri }, position: f.position() })!;
    assert.equal(describeRange(link.targetSelectionRange), '4:12-4:15');
  });

  it('goes from an import to the file', () => {
    const f = fixture(MAIN.replace('"common.hnet"', '"com<|>mon.hnet"'), { 'common.hnet': COMMON });
    const [link] = definition(f.session, { textDocument: { uri: f.uri }, position: f.position() })!;
    assert.equal(link.targetUri, COMMON_URI);
  });

  it('finds nothing on a property name', () => {
    const f = fixture(MAIN.replace('from =', 'fr<|>om ='), { 'common.hnet': COMMON });
    assert.equal(definition(f.session, { textDocument: { uri: f.uri }, position: f.position() }), null);
  });
});

describe('references', () => {
  it('finds every use across files, with the declaration when asked', () => {
    const f = fixture(`${COMMON}traffic t { via = over<|>lay }`);
    f.session.documents.addWorkspaceFile(`${ROOT}/other.hnet`, MAIN.replace('import "common.hnet"', 'import "main.hnet"'));
    const found = references(f.session, { textDocument: { uri: f.uri }, position: f.position(), context: { includeDeclaration: true } });
    assert.deepEqual(describeLocations(found), ['main.hnet:10:18-10:25', 'main.hnet:6:6-6:13', 'other.hnet:2:34-2:41', 'other.hnet:6:11-6:18']);
  });

  it('leaves out core numbers that count a host’s cores', () => {
    const f = fixture('host s<|>ut { cpu { cores = 4 } }\nchain c on sut {\n  cores = [0, 1]\n  stage driver\n}');
    const found = references(f.session, { textDocument: { uri: f.uri }, position: f.position(), context: { includeDeclaration: false } });
    assert.deepEqual(describeLocations(found), ['main.hnet:1:11-1:14']);
  });
});

describe('rename', () => {
  it('prepares with the name’s range and text', () => {
    const f = fixture(MAIN.replace('from = gen', 'from = g<|>en'), { 'common.hnet': COMMON });
    const prepared = prepareRename(f.session, { textDocument: { uri: f.uri }, position: f.position() });
    assert.deepEqual(prepared && { range: describeRange(prepared.range), placeholder: prepared.placeholder }, { range: '2:9-2:12', placeholder: 'gen' });
  });

  it('refuses where there is no name', () => {
    const f = fixture(MAIN.replace('from =', 'fr<|>om ='), { 'common.hnet': COMMON });
    assert.equal(prepareRename(f.session, { textDocument: { uri: f.uri }, position: f.position() }), null);
  });

  it('renames the declaration and every reference across files', () => {
    const f = fixture(MAIN.replace('via = overlay', 'via = over<|>lay'), { 'common.hnet': COMMON });
    const edit = rename(f.session, { textDocument: { uri: f.uri }, position: f.position(), newName: 'vxlan_path' });
    const summary = Object.entries(edit.changes!).flatMap(([uri, edits]) => edits.map((e) => `${uri.slice(ROOT.length + 1)}:${describeRange(e.range)}=${e.newText}`));
    assert.deepEqual(summary.sort(), ['common.hnet:6:6-6:13=vxlan_path', 'main.hnet:2:34-2:41=vxlan_path', 'main.hnet:6:11-6:18=vxlan_path']);
  });

  it('gives an unnamed stage a name and rewrites its references', () => {
    const f = fixture(MAIN.replace('overlay.vxlan.wait', 'overlay.vx<|>lan.wait'), { 'common.hnet': COMMON });
    const edit = rename(f.session, { textDocument: { uri: f.uri }, position: f.position(), newName: 'outer' });
    assert.deepEqual(edit.changes![COMMON_URI].map((e) => `${describeRange(e.range)}=${e.newText}`), ['8:13-8:13= outer']);
    assert.deepEqual(edit.changes![MAIN_URI].map((e) => `${describeRange(e.range)}=${e.newText}`), ['6:19-6:24=outer']);
  });

  it('refuses a name that is taken, a keyword, or not a name', () => {
    const f = fixture(MAIN.replace('from = gen', 'from = g<|>en'), { 'common.hnet': COMMON });
    for (const newName of ['sut', 'host', '9lives']) {
      assert.throws(() => rename(f.session, { textDocument: { uri: f.uri }, position: f.position(), newName }), ResponseError);
    }
  });
});
