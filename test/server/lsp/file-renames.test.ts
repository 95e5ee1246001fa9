import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { TextEdit } from 'vscode-languageserver';
import { LineIndex } from '../../../server/language/syntax/text';
import { pathToUri } from '../../../server/language/uri';
import { followRenames, importEditsForRenames, importPathText } from '../../../server/lsp/file-renames';
import { Session } from '../../../server/lsp/session';

const ROOT = 'file:///work/ws';

/** The workspace `files` (by path under ROOT) after the edits for `renames`, only the files edited, by their old paths. */
function editsFor(files: Record<string, string>, renames: [string, string][]): Record<string, string> {
  const session = new Session();
  for (const [path, text] of Object.entries(files)) session.documents.addWorkspaceFile(`${ROOT}/${path}`, text);
  const edit = importEditsForRenames(session, {
    files: renames.map(([from, to]) => ({ oldUri: `${ROOT}/${from}`, newUri: `${ROOT}/${to}` })),
  });
  const edited: Record<string, string> = {};
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    const path = uri.slice(ROOT.length + 1);
    edited[path] = apply(files[path], edits);
  }
  return edited;
}

function apply(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  const sorted = [...edits].sort((a, b) => lines.offset(b.range.start) - lines.offset(a.range.start));
  return sorted.reduce((result, e) => result.slice(0, lines.offset(e.range.start)) + e.newText + result.slice(lines.offset(e.range.end)), text);
}

const HOST = 'host sut { }\n';

describe('import paths follow renamed files', () => {
  it('rewrites imports of a file renamed in its folder, keeping each one’s style', () => {
    const edited = editsFor(
      {
        'main.hnet': 'import "common.hnet"\n\nhost a { }\n',
        'other.hnet': 'import "./common.hnet"\nimport "main.hnet"\n',
        'common.hnet': HOST,
      },
      [['common.hnet', 'shared.hnet']],
    );
    assert.deepEqual(edited, {
      'main.hnet': 'import "shared.hnet"\n\nhost a { }\n',
      'other.hnet': 'import "./shared.hnet"\nimport "main.hnet"\n',
    });
  });

  it('rewrites the imports of a file moved to a subfolder, and its own relative imports', () => {
    const edited = editsFor(
      {
        'main.hnet': 'import "./lib.hnet"\n',
        'lib.hnet': 'import "common.hnet"\nimport "./other.hnet"\n',
        'common.hnet': HOST,
        'other.hnet': HOST,
      },
      [['lib.hnet', 'sub/lib.hnet']],
    );
    assert.deepEqual(edited, {
      'main.hnet': 'import "./sub/lib.hnet"\n',
      'lib.hnet': 'import "../common.hnet"\nimport "../other.hnet"\n',
    });
  });

  it('rewrites imports into a renamed folder; imports within it stay', () => {
    const edited = editsFor(
      {
        'main.hnet': 'import "net/a.hnet"\nimport "net/deep/b.hnet"\n',
        'net/a.hnet': 'import "deep/b.hnet"\nimport "../common.hnet"\n',
        'net/deep/b.hnet': 'import "../../common.hnet"\n',
        'common.hnet': HOST,
      },
      [['net', 'stack']],
    );
    assert.deepEqual(edited, { 'main.hnet': 'import "stack/a.hnet"\nimport "stack/deep/b.hnet"\n' });
  });

  it('rewrites the imports of a folder moved deeper', () => {
    const edited = editsFor(
      { 'net/a.hnet': 'import "../common.hnet"\n', 'common.hnet': 'import "net/a.hnet"\n' },
      [['net', 'lib/net']],
    );
    assert.deepEqual(edited, { 'net/a.hnet': 'import "../../common.hnet"\n', 'common.hnet': 'import "lib/net/a.hnet"\n' });
  });

  it('gives an empty edit for a file nobody imports', () => {
    assert.deepEqual(editsFor({ 'main.hnet': 'import "common.hnet"\n', 'common.hnet': HOST, 'lone.hnet': HOST }, [['lone.hnet', 'alone.hnet']]), {});
  });

  it('ignores files that are not .hnet', () => {
    assert.deepEqual(editsFor({ 'main.hnet': 'import "notes.txt"\n' }, [['notes.txt', 'notes.md']]), {});
  });

  it('follows several renames at once', () => {
    const edited = editsFor(
      { 'a.hnet': 'import "b.hnet"\n', 'b.hnet': 'import "a.hnet"\n' },
      [
        ['a.hnet', 'x/a.hnet'],
        ['b.hnet', 'y/b.hnet'],
      ],
    );
    assert.deepEqual(edited, { 'a.hnet': 'import "../y/b.hnet"\n', 'b.hnet': 'import "../x/a.hnet"\n' });
  });
});

describe('importPathText', () => {
  it('writes forward slashes, a `./` only where the user had one, and absolute paths as absolute', () => {
    assert.equal(importPathText('a.hnet', `${ROOT}/main.hnet`, `${ROOT}/sub/b.hnet`), 'sub/b.hnet');
    assert.equal(importPathText('./a.hnet', `${ROOT}/main.hnet`, `${ROOT}/sub/b.hnet`), './sub/b.hnet');
    assert.equal(importPathText('.\\a.hnet', `${ROOT}/sub/main.hnet`, `${ROOT}/b.hnet`), '../b.hnet');
    assert.equal(importPathText('/work/ws/a.hnet', `${ROOT}/main.hnet`, `${ROOT}/my%20lib/b.hnet`), '/work/ws/my lib/b.hnet');
  });
});

describe('followRenames', () => {
  it('moves the index from the old files to the new ones, also inside a renamed folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'hostnet-rename-'));
    try {
      await mkdir(join(root, 'net'));
      await writeFile(join(root, 'net', 'a.hnet'), HOST);
      await writeFile(join(root, 'b.hnet'), HOST);
      const session = new Session();
      await session.documents.scan([pathToUri(root)]);
      await rename(join(root, 'net'), join(root, 'stack'));
      await rename(join(root, 'b.hnet'), join(root, 'c.hnet'));
      const uri = (path: string): string => pathToUri(join(root, path));
      const moved = await followRenames(session, [
        { oldUri: uri('net'), newUri: uri('stack') },
        { oldUri: uri('b.hnet'), newUri: uri('c.hnet') },
      ]);
      assert.deepEqual(moved.left.sort(), [uri('b.hnet'), uri('net/a.hnet')]);
      assert.deepEqual(moved.arrived.sort(), [uri('c.hnet'), uri('stack/a.hnet')]);
      assert.deepEqual(session.documents.uris().sort(), [uri('c.hnet'), uri('stack/a.hnet')]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
