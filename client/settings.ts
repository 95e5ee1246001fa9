// The extension's settings (declared in package.json under `hostnet.*`).
import * as vscode from 'vscode';

export const SECTION = 'hostnet';

export interface Settings {
  /** Worker threads for a run's sweep points; 0: one per CPU. */
  workers: number;
  /** Wall-clock seconds a run may take before it is stopped; 0: no limit. */
  budgetSeconds: number;
  /** Show the latest run's figures beside `traffic` and `expect` lines. */
  inlineResults: boolean;
  /** Run a file's scenarios again when it is saved. */
  runOnSave: boolean;
}

export function readSettings(scope?: vscode.Uri): Settings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    workers: Math.max(0, Math.floor(config.get<number>('run.workers', 0))),
    budgetSeconds: Math.max(0, config.get<number>('run.budgetSeconds', 120)),
    inlineResults: config.get<boolean>('inlineResults.enabled', true),
    runOnSave: config.get<boolean>('run.onSave', false),
  };
}
