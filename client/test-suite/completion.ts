// Completion through VS Code's own command, as the editor asks for it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lineOf } from './api';
import { test } from './runner';
import { openInEditor } from './workspace';

async function labelsAt(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

test('completion offers the top-level blocks at the end of a file', async () => {
  const document = await openInEditor('valid.hnet');
  const labels = await labelsAt(document, new vscode.Position(document.lineCount - 1, 0));
  for (const expected of ['host', 'traffic', 'scenario']) assert.ok(labels.includes(expected), `no ${expected} in ${labels.join(', ')}`);
});

test('completion offers the enum values of a property', async () => {
  const document = await openInEditor('valid.hnet');
  const line = lineOf(document, 'pattern = poisson');
  const character = document.lineAt(line).text.indexOf('poisson');
  const labels = await labelsAt(document, new vscode.Position(line, character));
  for (const expected of ['poisson', 'constant']) assert.ok(labels.includes(expected), `no ${expected} in ${labels.join(', ')}`);
});
