// `hostnet check FILE…`: one line per diagnostic, `file:line:col: severity CODE: message`, exit 1 on errors.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cliFolder, needsCli } from './hostnet';

describe('hostnet check', { skip: needsCli }, () => {
  const folder = cliFolder();
  after(() => folder.remove());

  it('prints nothing but the count for clean files, and exits 0', () => {
    const ran = folder.hostnet('check', 'checks.hnet', 'no-scenario.hnet');
    assert.equal(ran.status, 0, ran.stderr);
    assert.equal(ran.stdout, '');
    assert.equal(ran.stderr.trim(), '2 files checked: 0 errors, 0 warnings');
  });

  it('prints every mistake with its place and code, and exits 1', () => {
    const ran = folder.hostnet('check', 'mistakes.hnet', 'broken.hnet');
    assert.equal(ran.status, 1);
    assert.deepEqual(ran.stdout.trim().split('\n'), [
      'mistakes.hnet:3:9: error HN026: traffic `t` needs `via`: host `gen` has no chain',
      'mistakes.hnet:3:20: error HN013: `gne` is not defined: `from` expects a host (did you mean `gen`?)',
      'mistakes.hnet:3:43: error HN005: `rate` expects a bandwidth or a packet rate (e.g. 100Gbps), got a frequency (3GHz)',
      'broken.hnet:1:26: error HN001: `}` expected to close `host gen` opened at line 1',
    ]);
    assert.equal(ran.stderr.trim(), '2 files checked: 4 errors, 0 warnings');
  });

  it('checks the .hnet files under a folder, in name order, skipping dependency folders', () => {
    mkdirSync(join(folder.dir, 'tree', 'node_modules'), { recursive: true });
    mkdirSync(join(folder.dir, 'tree', 'nested'), { recursive: true });
    copyFileSync(join(folder.dir, 'mistakes.hnet'), join(folder.dir, 'tree', 'nested', 'mistakes.hnet'));
    copyFileSync(join(folder.dir, 'broken.hnet'), join(folder.dir, 'tree', 'node_modules', 'broken.hnet'));
    copyFileSync(join(folder.dir, 'checks.hnet'), join(folder.dir, 'tree', 'checks.hnet'));
    writeFileSync(join(folder.dir, 'tree', 'notes.txt'), 'not hostnet');
    const ran = folder.hostnet('check', 'tree');
    assert.equal(ran.status, 1);
    assert.deepEqual(ran.stdout.trim().split('\n').map((line) => line.slice(0, line.indexOf(':', line.indexOf(':') + 1))), [
      'tree/nested/mistakes.hnet:3', 'tree/nested/mistakes.hnet:3', 'tree/nested/mistakes.hnet:3',
    ]);
    assert.equal(ran.stderr.trim(), '2 files checked: 3 errors, 0 warnings');
    mkdirSync(join(folder.dir, 'empty'));
    assert.equal(folder.hostnet('check', 'empty').stdout.trim(), 'empty: error: no .hnet file in this folder');
  });

  it('says which file it cannot read', () => {
    const ran = folder.hostnet('check', 'missing.hnet');
    assert.equal(ran.status, 1);
    assert.equal(ran.stdout.trim(), 'missing.hnet: error: cannot read the file');
  });

  it('answers a call without a file, or with an option it does not take, with its usage and exit 2', () => {
    for (const args of [['check'], ['check', '--fix', 'checks.hnet']]) {
      const ran = folder.hostnet(...args);
      assert.equal(ran.status, 2, args.join(' '));
      assert.match(ran.stderr, /^hostnet check: (no file given|unknown option --fix)\nusage: hostnet check FILE…/);
    }
  });
});
