// `hostnet fmt FILE… [--check]`: the canonical layout, comments kept, never touching a file it cannot parse.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cliFolder, needsCli } from './hostnet';

describe('hostnet fmt', { skip: needsCli }, () => {
  const folder = cliFolder();
  after(() => folder.remove());
  const text = (name: string): string => readFileSync(join(folder.dir, name), 'utf8');

  it('with --check lists the file that would change, exits 1 and writes nothing', () => {
    const before = text('unformatted.hnet');
    const ran = folder.hostnet('fmt', '--check', 'unformatted.hnet', 'checks.hnet');
    assert.equal(ran.status, 1);
    assert.equal(ran.stdout.trim(), 'unformatted.hnet: not formatted');
    assert.equal(text('unformatted.hnet'), before);
  });

  it('rewrites the file keeping its comments, after which it is formatted and stays so', () => {
    const ran = folder.hostnet('fmt', 'unformatted.hnet');
    assert.equal(ran.status, 0, ran.stderr);
    assert.equal(ran.stdout.trim(), 'unformatted.hnet: formatted');
    const formatted = text('unformatted.hnet');
    assert.match(formatted, /\/\/ kept: a comment before the host/);
    assert.match(formatted, /# kept: a comment after it/);
    assert.match(formatted, /role = loadgen/);
    assert.equal(folder.hostnet('fmt', '--check', 'unformatted.hnet').status, 0);
    assert.equal(folder.hostnet('fmt', 'unformatted.hnet').stdout, '');
    assert.equal(text('unformatted.hnet'), formatted);
  });

  it('formats the .hnet files under a folder', () => {
    mkdirSync(join(folder.dir, 'tree', 'nested'), { recursive: true });
    writeFileSync(join(folder.dir, 'tree', 'nested', 'messy.hnet'), 'host a {role=loadgen}\n');
    writeFileSync(join(folder.dir, 'tree', 'tidy.hnet'), text('checks.hnet'));
    assert.equal(folder.hostnet('fmt', '--check', 'tree').stdout.trim(), 'tree/nested/messy.hnet: not formatted');
    assert.equal(folder.hostnet('fmt', 'tree').status, 0);
    assert.equal(text('tree/nested/messy.hnet'), 'host a { role = loadgen }\n');
  });

  it('leaves a file with syntax errors as it is and says why', () => {
    const before = text('broken.hnet');
    const ran = folder.hostnet('fmt', 'broken.hnet');
    assert.equal(ran.status, 1);
    assert.equal(ran.stderr.trim(), 'broken.hnet: has syntax errors; not formatted (run `hostnet check broken.hnet`)');
    assert.equal(text('broken.hnet'), before);
  });

  it('rejects an option it does not take', () => {
    const ran = folder.hostnet('fmt', '--check=yes', 'checks.hnet');
    assert.equal(ran.status, 2);
    assert.match(ran.stderr, /--check takes no value/);
  });
});
