// Diagnostics from the language server reach the editor, and leave it once fixed.
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './extension-id';
import { test } from './runner';
import { openInEditor, workspaceFile } from './workspace';
import { waitFor } from './wait';

const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath ?? '';
const serverMissing = existsSync(`${extensionPath}/dist/server.js`)
  ? undefined
  : 'needs the language server: dist/server.js is not built yet (server/lsp/main.ts missing)';

function errorsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error);
}

test(
  'a broken file gets an error diagnostic, which goes once the file is fixed',
  async () => {
    const document = await openInEditor('broken.hnet');
    const errors = await waitFor('an error on broken.hnet', () => {
      const found = errorsOf(document.uri);
      return found.length > 0 && found;
    });
    const brokenLine = document.getText().split('\n').findIndex((line) => line.includes('speed = }'));
    assert.ok(
      errors.some((error) => error.range.start.line === brokenLine),
      `expected an error on line ${brokenLine + 1}, got: ${errors.map((error) => `${error.range.start.line + 1}: ${error.message}`).join('; ')}`,
    );

    const valid = await vscode.workspace.fs.readFile(workspaceFile('valid.hnet'));
    const fix = new vscode.WorkspaceEdit();
    fix.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), new TextDecoder().decode(valid));
    assert.ok(await vscode.workspace.applyEdit(fix));
    await waitFor('the errors on broken.hnet to clear', () => errorsOf(document.uri).length === 0);
  },
  { skip: serverMissing },
);
