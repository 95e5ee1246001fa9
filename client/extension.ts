// The VS Code entry point. Wires the parts, each from its own module: the
// output channel and language client, runs (with history, status bar,
// results panel, inline results, run on save), the Test Explorer, and the
// commands. Returns the parts for the extension-host tests (api.ts).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { HostnetApi } from './api';
import { runOnSave } from './auto-run';
import { registerResultsCommands } from './commands/results';
import { registerRunCommands } from './commands/run';
import { exportPng } from './export';
import { InlineResults } from './inline-results';
import { startLanguageClient, stopLanguageClient } from './language-client';
import { RunPresenter } from './panel/present-runs';
import { ResultsPanel } from './panel/results-panel';
import { revealLine } from './reveal';
import { RunHistory } from './runs/history';
import { RunService } from './runs/run-service';
import { StatusBar } from './status-bar';
import { HostnetTests } from './testing/tests';
import { requestTopology } from './topology';

const HISTORY_KEY = 'hostnet.runHistory';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<HostnetApi> {
  const output = vscode.window.createOutputChannel('hostnet', { log: true });
  const history = new RunHistory(context.workspaceState.get(HISTORY_KEY));
  const runs = new RunService(() => client, history, (saved) => void context.workspaceState.update(HISTORY_KEY, saved.toJSON()), output);
  const topology = (uri: string) => requestTopology(client, vscode.Uri.parse(uri), output);
  // The panel (and its serializer) first: VS Code may be restoring a panel while the server starts.
  const panel = new ResultsPanel(context.extensionUri, {
    reveal: (uri, line) => void revealLine(uri, line),
    exportPng: (dataUrl, name) =>
      void exportPng(dataUrl, name).then(
        (saved) => saved && vscode.window.setStatusBarMessage(`hostnet: saved ${vscode.workspace.asRelativePath(saved)}`, 4000),
        (error: Error) => void vscode.window.showErrorMessage(`hostnet: could not save the image: ${error.message}`),
      ),
  });
  const presenter = new RunPresenter(panel, history, topology, runs);
  const status = new StatusBar(runs);
  const inline = new InlineResults();
  context.subscriptions.push(
    output,
    runs,
    panel,
    presenter,
    status,
    inline,
    runOnSave(runs),
    ...registerRunCommands(runs, output),
    ...registerResultsCommands({ history, panel, presenter, topology }),
  );
  void vscode.commands.executeCommand('setContext', 'hostnet.hasResults', history.all().length > 0);

  client = await startLanguageClient(context, output, inline.middleware);
  let tests: HostnetTests | undefined;
  if (client) {
    inline.attach(client);
    tests = new HostnetTests(runs);
    context.subscriptions.push(tests);
  }
  return { history, runs, panel, tests, status };
}

export async function deactivate(): Promise<void> {
  if (client) await stopLanguageClient(client);
  client = undefined;
}
