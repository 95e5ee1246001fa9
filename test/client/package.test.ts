// What `npm run package` puts into the .vsix: the bundles, grammar, examples
// and manifest only (no node_modules, sources or source maps), well under
// 5 MB even from an unminified build; and a manifest whose menus, key
// bindings and settings name only commands it declares.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';

const ROOT = resolve(import.meta.dirname, '../..');
const VSCE = join(ROOT, 'node_modules/.bin/vsce');
const ALLOWED = /^(package\.json|readme\.md|LICENSE\.txt|dist\/[\w-]+\.(js|css)|syntaxes\/[\w.-]+|examples\/[\w.-]+\.hnet)$/;

interface Manifest {
  contributes: {
    commands: { command: string }[];
    menus: Record<string, { command: string }[]>;
    keybindings: { command: string }[];
    configuration: { properties: Record<string, unknown> };
  };
  capabilities: { untrustedWorkspaces: { supported: string } };
}

test('the .vsix holds bundles, grammar, examples and manifest only, under 5 MB', { skip: bundlesMissing() }, async () => {
  const folder = await mkdtemp(join(tmpdir(), 'hostnet-vsix-'));
  try {
    const vsix = join(folder, 'hostnet.vsix');
    await promisify(execFile)(VSCE, ['package', '--no-dependencies', '--allow-missing-repository', '-o', vsix], { cwd: ROOT });
    const zip = await readFile(vsix);
    assert.ok(zip.length < 5 * 1024 * 1024, `the .vsix is ${(zip.length / 1024 / 1024).toFixed(1)} MB`);
    const files = zipEntries(zip)
      .filter((name) => name.startsWith('extension/'))
      .map((name) => name.slice('extension/'.length));
    const unexpected = files.filter((file) => !ALLOWED.test(file));
    assert.deepEqual(unexpected, [], `files that do not belong in the .vsix: ${unexpected.join(', ')}`);
    for (const bundle of ['dist/client.js', 'dist/server.js', 'dist/webview.js', 'dist/webview.css']) assert.ok(files.includes(bundle), `${bundle} missing`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('menus and key bindings name declared commands; runs are limited in untrusted workspaces', async () => {
  const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as Manifest;
  const declared = new Set(manifest.contributes.commands.map((c) => c.command));
  const used = [...Object.values(manifest.contributes.menus).flat(), ...manifest.contributes.keybindings].map((entry) => entry.command);
  assert.deepEqual(used.filter((command) => !declared.has(command)), []);
  assert.deepEqual(Object.keys(manifest.contributes.configuration.properties).sort(), [
    'hostnet.inlineResults.enabled',
    'hostnet.run.budgetSeconds',
    'hostnet.run.onSave',
    'hostnet.run.workers',
  ]);
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
});

function bundlesMissing(): string | undefined {
  return ['client.js', 'server.js', 'webview.js'].every((bundle) => existsSync(join(ROOT, 'dist', bundle))) ? undefined : 'run npm run build first';
}

/** The names in a zip's central directory (the .vsix is a plain zip). */
function zipEntries(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
