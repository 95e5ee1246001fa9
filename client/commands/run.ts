// Run scenario, Run all scenarios in file, Stop. `hostnet.runScenario` is
// also what the server's "Run" code lenses call, with `[uri, scenarioName]`.
import * as vscode from 'vscode';
import { RUN_SCENARIO_COMMAND } from '../../server/lsp/protocol';
import type { Results } from '../../simulator/results';
import { LANGUAGE_ID } from '../language-client';
import { scenarioAt } from '../present/scenarios';
import type { RunOutcome, RunService } from '../runs/run-service';
import { scenariosIn } from '../symbols';

export const RUN_FILE_COMMAND = 'hostnet.runFile';
export const STOP_COMMAND = 'hostnet.stop';

export function registerRunCommands(runs: RunService, output: vscode.LogOutputChannel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(RUN_SCENARIO_COMMAND, async (target?: unknown, scenario?: unknown): Promise<Results | undefined> => {
      const uri = targetUri(target);
      if (!uri) return nothingToRun();
      const scenarios = typeof scenario === 'string' ? [scenario] : await chooseScenario(uri);
      if (!scenarios) return undefined;
      const outcome = await runs.run({ uri, scenarios, progress: 'notification', panel: 'reveal' });
      report(outcome, output);
      return outcome.kind === 'done' ? outcome.records[0]?.results : undefined;
    }),
    vscode.commands.registerCommand(RUN_FILE_COMMAND, async (target?: unknown): Promise<Results[] | undefined> => {
      const uri = targetUri(target);
      if (!uri) return nothingToRun();
      const outcome = await runs.run({ uri, scenarios: await allScenarios(uri), progress: 'notification', panel: 'reveal' });
      report(outcome, output);
      return outcome.kind === 'done' ? outcome.records.map((record) => record.results) : undefined;
    }),
    vscode.commands.registerCommand(STOP_COMMAND, () => runs.stop()),
  ];
}

/** The file's scenarios in order; `[undefined]` (its default scenario) when it has none. */
export async function allScenarios(uri: vscode.Uri): Promise<(string | undefined)[]> {
  const names = (await scenariosIn(uri)).map((scenario) => scenario.name);
  return names.length > 0 ? names : [undefined];
}

/** A URI given by a lens (string), a menu (Uri), or else the active hostnet editor. */
export function targetUri(target: unknown): vscode.Uri | undefined {
  if (target instanceof vscode.Uri) return target;
  if (typeof target === 'string' && target.length > 0) return vscode.Uri.parse(target);
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === LANGUAGE_ID ? document.uri : undefined;
}

/** The scenario under the cursor, the only one, or one the user picks; undefined when the pick is dismissed. */
async function chooseScenario(uri: vscode.Uri): Promise<(string | undefined)[] | undefined> {
  const scenarios = await scenariosIn(uri);
  if (scenarios.length === 0) return [undefined];
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.uri.toString() === uri.toString()) {
    const here = scenarioAt(scenarios, editor.selection.active.line, (range) => ({ start: range.start.line, end: range.end.line }));
    if (here) return [here.name];
  }
  if (scenarios.length === 1) return [scenarios[0].name];
  const picked = await vscode.window.showQuickPick(
    scenarios.map((scenario) => ({ label: scenario.name, description: `line ${scenario.selectionRange.start.line + 1}` })),
    { title: 'Run which scenario?', placeHolder: 'the scenarios of this file' },
  );
  return picked ? [picked.label] : undefined;
}

function nothingToRun(): undefined {
  void vscode.window.showInformationMessage('hostnet: open a .hnet file to run its scenarios.');
  return undefined;
}

/** Says how a run went when it did not simply succeed. */
function report(outcome: RunOutcome, output: vscode.LogOutputChannel): void {
  if (outcome.kind === 'cancelled') vscode.window.setStatusBarMessage('hostnet: run stopped', 4000);
  if (outcome.kind !== 'failed') return;
  void vscode.window.showErrorMessage(`hostnet: ${outcome.message}`, 'Show Log').then((choice) => {
    if (choice) output.show(true);
  });
}
