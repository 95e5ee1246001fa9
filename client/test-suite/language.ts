// The extension's language contribution and its activation.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './runner';
import { EXTENSION_ID } from './extension-id';
import { openInEditor } from './workspace';
import { waitFor } from './wait';

test('the language hostnet is registered', async () => {
  const languages = await vscode.languages.getLanguages();
  assert.ok(languages.includes('hostnet'), `hostnet missing from ${languages.length} languages`);
});

test('a .hnet file opens as hostnet and the extension activates', async () => {
  const document = await openInEditor('valid.hnet');
  assert.equal(document.languageId, 'hostnet');
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} not loaded`);
  await waitFor('the extension to activate', () => extension.isActive);
});

test('every command the manifest declares is registered once the extension is active', async () => {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension?.isActive, 'the extension is not active');
  const declared = (extension.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
  const registered = new Set(await vscode.commands.getCommands(true));
  assert.deepEqual(declared.filter((command) => !registered.has(command)), []);
});
