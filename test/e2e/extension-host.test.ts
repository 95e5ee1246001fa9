// Runs client/test-suite (bundled to dist/test-suite/index.js) inside
// code-server's extension host, with the repository as the extension under
// development and a copy of fixtures/workspace as the open folder.
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from './code-server';
import { runExtensionTests } from './extension-host-runner';
import { assertReady, copyToTemp, SCREENSHOTS } from './setup';

const SUITE_PREFIX = 'hostnet-test ';

test('the extension-host suite passes inside code-server', async (t) => {
  assertReady('client.js', 'test-suite/index.js');
  const workspace = await copyToTemp(join(import.meta.dirname, 'fixtures/workspace'));
  try {
    const { exitCode, output } = await runExtensionTests({
      extensionPath: REPO_ROOT,
      testsPath: join(REPO_ROOT, 'dist/test-suite/index'),
      workspace,
      screenshot: join(SCREENSHOTS, 'extension-host.png'),
    });
    // The suite's own lines (pass / fail / skip with reason) in this run's report.
    for (const line of output.filter((line) => line.startsWith(SUITE_PREFIX))) t.diagnostic(line.slice(SUITE_PREFIX.length));
    assert.equal(exitCode, 0, `the suite failed; the workbench console said:\n${output.join('\n')}`);
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
});
