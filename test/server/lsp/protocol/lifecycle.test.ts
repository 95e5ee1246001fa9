// The server's life over stdio: initialize, diagnostics that follow edits and
// clear when the mistake is fixed, shutdown and exit.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, DocumentSymbolRequest, LSPErrorCodes, ResponseError, WorkDoneProgress } from 'vscode-languageserver-protocol/node';
import { RunRequest } from '../../../../server/lsp/protocol';
import { TestClient, memoryUri } from './client';

describe('lifecycle over stdio', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(() => client.kill());

  it('answers initialize with its capabilities and name', () => {
    const { capabilities, serverInfo } = client.initializeResult;
    assert.equal(serverInfo?.name, 'hostnet');
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.ok(capabilities.documentFormattingProvider);
    assert.ok(capabilities.semanticTokensProvider);
  });

  it('publishes diagnostics on open, follows edits and clears them on the fix', async () => {
    const uri = memoryUri('lifecycle.hnet');
    await client.open(uri, 'host sut {\n  cpu { cores = 8 }\n}\n');
    await client.waitForDiagnostics(uri, (diagnostics) => diagnostics.length === 0);

    // Break line 2: `cores = = 8`.
    await client.change(uri, [{ range: { start: { line: 1, character: 16 }, end: { line: 1, character: 16 } }, text: '= ' }]);
    const broken = await client.waitForDiagnostics(uri, (diagnostics) => diagnostics.length > 0);
    assert.equal(broken[0].range.start.line, 1);
    assert.equal(broken[0].source, 'hostnet');

    // Undo the mistake: the diagnostics go away.
    await client.change(uri, [{ range: { start: { line: 1, character: 16 }, end: { line: 1, character: 18 } }, text: '' }]);
    await client.waitForDiagnostics(uri, (diagnostics) => diagnostics.length === 0);
  });

  it('reports the version of the text the diagnostics belong to', async () => {
    const uri = memoryUri('versioned.hnet');
    await client.open(uri, 'host a {');
    await client.change(uri, [{ text: 'host a { }' }]);
    await client.waitForDiagnostics(uri, (diagnostics, params) => params.version === 2 && diagnostics.length === 0);
  });

  it('clears the diagnostics of a closed file that is not in the workspace', async () => {
    const uri = memoryUri('closed.hnet');
    await client.open(uri, 'host {');
    await client.waitForDiagnostics(uri, (diagnostics) => diagnostics.length > 0);
    await client.close(uri);
    await client.waitForDiagnostics(uri, (diagnostics) => diagnostics.length === 0);
  });

  it('cancels a run and keeps answering', async () => {
    const folder = join(import.meta.dirname, 'workspace');
    const uri = pathToFileURL(join(folder, 'long-run.hnet')).toString();
    const text = readFileSync(join(folder, 'main.hnet'), 'utf8').replace('duration = 2ms', 'duration = 30s');
    await client.open(uri, text);
    const source = new CancellationTokenSource();
    const begun = new Promise<void>((resolve) => {
      client.connection.onProgress(WorkDoneProgress.type, 'long', (value) => {
        if (value.kind === 'report') resolve();
      });
    });
    const running = client.connection.sendRequest(RunRequest, { uri, scenario: 'quick', workDoneToken: 'long' }, source.token);
    await begun;
    source.cancel();
    await assert.rejects(running, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.ok(symbols && symbols.length > 0);
    await client.close(uri);
  });

  it('exits with 0 after shutdown and exit', async () => {
    assert.equal(await client.stop(), 0);
  });
});
