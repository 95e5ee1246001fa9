// Renaming a file in the editor rewrites the imports that point at it: VS Code
// asks the language server (workspace/willRenameFiles) before it moves the file.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './runner';
import { workspaceFile } from './workspace';
import { waitFor } from './wait';

const encoder = new TextEncoder();

test('moving an imported file rewrites the import that points at it', async () => {
  const shared = workspaceFile('rename-shared.hnet');
  const importer = workspaceFile('rename-importer.hnet');
  const moved = workspaceFile('moved/rename-shared.hnet');
  await vscode.workspace.fs.writeFile(shared, encoder.encode('host far { role = loadgen  nic eth0 { speed = 100Gbps } }\n'));
  await vscode.workspace.fs.writeFile(importer, encoder.encode('import "rename-shared.hnet"\n\nhost near { nic eth0 { speed = 100Gbps } }\n'));
  const document = await vscode.workspace.openTextDocument(importer);
  await vscode.window.showTextDocument(document);
  // The server must know both files before the rename: wait until the import resolves (no error on it).
  await waitFor('the import to resolve', () => vscode.languages.getDiagnostics(importer).length === 0 && document.getText().length > 0);

  const edit = new vscode.WorkspaceEdit();
  edit.renameFile(shared, moved);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the rename was applied');

  await waitFor('the import to follow the file', () => document.getText().includes('import "moved/rename-shared.hnet"'));
  await waitFor('the moved import to resolve', () => vscode.languages.getDiagnostics(importer).length === 0, 10_000);
});
