// The `hostnet` command itself: its overview, version and unknown commands.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { cliFolder, needsCli } from './hostnet';

describe('hostnet', { skip: needsCli }, () => {
  const folder = cliFolder();
  after(() => folder.remove());

  it('lists its commands with --help (exit 0) and without a command (exit 2)', () => {
    const help = folder.hostnet('--help');
    assert.equal(help.status, 0);
    for (const usage of ['hostnet check FILE…', 'hostnet fmt FILE… [--check]', 'hostnet run FILE [--scenario NAME]', 'hostnet lsp --stdio']) {
      assert.ok(help.stdout.includes(usage), usage);
    }
    assert.equal(folder.hostnet().status, 2);
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    assert.equal(folder.hostnet('--version').stdout.trim(), version);
  });

  it('shows one command’s usage with COMMAND --help', () => {
    const ran = folder.hostnet('run', '--help');
    assert.equal(ran.status, 0);
    assert.match(ran.stdout, /^usage: hostnet run FILE /);
  });

  it('names an unknown command and exits 2', () => {
    const ran = folder.hostnet('simulate', 'checks.hnet');
    assert.equal(ran.status, 2);
    assert.match(ran.stderr, /^hostnet: unknown command `simulate`/);
  });
});
