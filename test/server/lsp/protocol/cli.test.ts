// `hostnet lsp --stdio` (the CLI bundle) serves the same server as dist/server.js,
// with its workers found beside it.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { REPO_ROOT, TestClient, memoryUri } from './client';

const cli = join(REPO_ROOT, 'dist', 'cli.js');

it('hostnet lsp --stdio publishes diagnostics and exits cleanly', { skip: existsSync(cli) ? false : 'dist/cli.js is not built' }, async () => {
  const client = await TestClient.start({ args: [cli, 'lsp', '--stdio'] });
  try {
    assert.equal(client.initializeResult.serverInfo?.name, 'hostnet');
    const uri = memoryUri('cli.hnet');
    await client.open(uri, 'host a { cpu { cores = 0 } }\n');
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.equal(diagnostics[0].code, 'HN008');
    assert.equal(await client.stop(), 0);
  } finally {
    client.kill();
  }
});
