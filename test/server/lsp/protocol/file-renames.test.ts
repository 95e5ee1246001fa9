// Renaming files over stdio: the server declares the file operations it
// follows, answers `workspace/willRenameFiles` with import rewrites, and
// re-indexes on `workspace/didRenameFiles` (here without a file watcher).
import assert from 'node:assert/strict';
import { cp, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DidRenameFilesNotification, WillRenameFilesRequest } from 'vscode-languageserver-protocol/node';
import { TestClient } from './client';

describe('file renames over stdio', () => {
  let root: string;
  let client: TestClient;
  const uri = (path: string): string => pathToFileURL(join(root, path)).toString();
  const missingImport = (codes: unknown[]): boolean => codes.includes('HN015');

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'hostnet-renames-'));
    await cp(join(import.meta.dirname, 'renames'), root, { recursive: true });
    client = await TestClient.start({ rootPath: root });
    await client.waitForDiagnostics(uri('main.hnet'), (diagnostics) => !missingImport(diagnostics.map((d) => d.code)));
  });
  after(async () => {
    await client.stop();
    await rm(root, { recursive: true, force: true });
  });

  it('declares willRename and didRename for .hnet files and folders', () => {
    const operations = client.initializeResult.capabilities.workspace?.fileOperations;
    const globs = operations?.willRename?.filters.map((f) => `${f.pattern.glob} ${f.pattern.matches}`);
    assert.deepEqual(globs, ['**/*.hnet file', '**/* folder']);
    assert.deepEqual(operations?.didRename, operations?.willRename);
  });

  it('rewrites the import of a file in a renamed folder', async () => {
    const edit = await client.connection.sendRequest(WillRenameFilesRequest.type, {
      files: [{ oldUri: uri('lib'), newUri: uri('machines') }],
    });
    assert.deepEqual(edit?.changes, {
      [uri('main.hnet')]: [{ range: { start: { line: 0, character: 8 }, end: { line: 0, character: 27 } }, newText: './machines/machines.hnet' }],
    });
  });

  it('follows a folder renamed on disk: the import it breaks is reported', async () => {
    await rename(join(root, 'lib'), join(root, 'machines'));
    await client.connection.sendNotification(DidRenameFilesNotification.type, {
      files: [{ oldUri: uri('lib'), newUri: uri('machines') }],
    });
    await client.waitForDiagnostics(uri('main.hnet'), (diagnostics) => missingImport(diagnostics.map((d) => d.code)));
    await client.waitForDiagnostics(uri('machines/machines.hnet'), () => true);
  });
});
