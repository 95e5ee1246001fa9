// Another LSP client than VS Code's: headless Neovim (0.7+, Debian's
// package) starts the bundled server over stdio and must receive the
// diagnostics of a bad file. Skipped when `nvim` is not installed
// (`apt-get install -y neovim`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { SERVER_BUNDLE } from '../protocol/client';

const here = import.meta.dirname;
const hasNvim = spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0;

it('Neovim receives the diagnostics of a bad file', { skip: hasNvim ? false : 'nvim is not installed' }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'hostnet-nvim-'));
  try {
    const resultFile = join(scratch, 'result.json');
    const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-u', join(here, 'check.lua'), join(here, 'bad.hnet')], {
      cwd: scratch,
      env: { ...process.env, HOSTNET_SERVER: SERVER_BUNDLE, HOSTNET_RESULT: resultFile },
      timeout: 60_000,
      encoding: 'utf8',
    });
    const result = JSON.parse(readFileSync(resultFile, 'utf8')) as {
      attached: boolean;
      error?: string;
      diagnostics: { line: number; message: string }[];
    };
    assert.equal(result.error ?? null, null, `check.lua failed: ${result.error}\n${run.stderr}`);
    assert.equal(result.attached, true);
    assert.equal(run.status, 0);
    assert.ok(result.diagnostics.some((diagnostic) => diagnostic.line === 2), JSON.stringify(result.diagnostics));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
