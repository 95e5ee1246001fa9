// `hostnet.run.onSave` (off by default): saving a .hnet file runs its
// scenarios again, with progress in the status bar, updating the results
// panel only if it is open. Runs stay limited to trusted workspaces.
import * as vscode from 'vscode';
import { allScenarios } from './commands/run';
import { LANGUAGE_ID } from './language-client';
import type { RunService } from './runs/run-service';
import { readSettings } from './settings';

export function runOnSave(runs: RunService): vscode.Disposable {
  return vscode.workspace.onDidSaveTextDocument(async (document) => {
    if (document.languageId !== LANGUAGE_ID || !readSettings(document.uri).runOnSave || !vscode.workspace.isTrusted) return;
    await runs.run({ uri: document.uri, scenarios: await allScenarios(document.uri), progress: 'window', panel: 'if-open' });
  });
}
