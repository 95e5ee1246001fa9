// The server's life over stdio: initialize, diagnostics that follow edits and
// clear when the mistake is fixed, shutdown and exit.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
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

  it('exits with 0 after shutdown and exit', async () => {
    assert.equal(await client.stop(), 0);
  });
});
