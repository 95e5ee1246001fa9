// Open last results, Compare two runs, Export results, Show topology.
import * as vscode from 'vscode';
import type { Results } from '../../simulator/results';
import { exportCsv, exportJson } from '../export';
import type { RunPresenter } from '../panel/present-runs';
import type { ResultsPanel } from '../panel/results-panel';
import { describeRecord, type RunHistory, type RunRecord } from '../runs/history';
import type { Topology } from '../webview/protocol';
import { targetUri } from './run';

export const OPEN_RESULTS_COMMAND = 'hostnet.openResults';
export const COMPARE_COMMAND = 'hostnet.compareRuns';
export const EXPORT_COMMAND = 'hostnet.exportResults';
export const TOPOLOGY_COMMAND = 'hostnet.showTopology';

export type ExportFormat = 'json' | 'csv' | 'png';

export interface ResultsCommandsContext {
  history: RunHistory;
  panel: ResultsPanel;
  presenter: RunPresenter;
  topology(uri: string): Promise<Topology | undefined>;
}

export function registerResultsCommands(context: ResultsCommandsContext): vscode.Disposable[] {
  const { history, panel, presenter } = context;
  return [
    vscode.commands.registerCommand(OPEN_RESULTS_COMMAND, async () => {
      const last = history.lastBatch();
      if (last.length > 0) await presenter.show(last);
      else if (panel.shown) panel.show(panel.shown);
      else void vscode.window.showInformationMessage('hostnet: no results yet. Run a scenario first (the “Run” lens above it).');
    }),

    vscode.commands.registerCommand(COMPARE_COMMAND, async () => {
      if (history.all().length < 2) {
        void vscode.window.showInformationMessage('hostnet: comparing needs two runs; run a scenario twice (for instance before and after a change).');
        return;
      }
      const baseline = await pickRun(history.all(), 'Compare runs (1/2): the baseline');
      if (!baseline) return;
      const other = await pickRun(history.all().filter((record) => record !== baseline), `Compare runs (2/2): compare with ${baseline.results.scenario}`);
      if (other) await presenter.show([other], { baseline, view: 'compare' });
    }),

    vscode.commands.registerCommand(EXPORT_COMMAND, async (format?: ExportFormat, target?: vscode.Uri) => {
      const chosen = format ?? (await pickFormat());
      if (!chosen) return undefined;
      if (chosen === 'png') {
        // A PNG is of one chart, so it is chosen in the panel, where each chart has its button.
        if (shownOrLast(panel, history).length === 0) return void vscode.window.showInformationMessage('hostnet: no results to export yet.');
        if (panel.shown) panel.show(panel.shown);
        else await presenter.show(history.lastBatch());
        void vscode.window.showInformationMessage('hostnet: in the results panel, choose “Export PNG” on the chart to save.');
        return undefined;
      }
      const results = await pickResults(shownOrLast(panel, history));
      if (!results) return undefined;
      const written = chosen === 'json' ? [await exportJson(results, target)] : await exportCsv(results, target);
      const files = written.filter((uri): uri is vscode.Uri => uri !== undefined);
      if (files.length > 0 && !target) void announce(files);
      return files;
    }),

    vscode.commands.registerCommand(TOPOLOGY_COMMAND, async (target?: unknown) => {
      const uri = targetUri(target);
      if (!uri) return void vscode.window.showInformationMessage('hostnet: open a .hnet file to see its topology.');
      const topology = await context.topology(uri.toString());
      if (!topology) return void vscode.window.showWarningMessage('hostnet: the language server gave no topology for this file (see the hostnet output).');
      const shown = panel.shown?.file === uri.toString() ? panel.shown : undefined;
      panel.show({ type: 'show', results: shown?.results ?? [], baseline: shown?.baseline, topology, file: uri.toString(), view: 'topology' });
      return topology;
    }),
  ];
}

/** The results the panel shows, else those of the latest run. */
function shownOrLast(panel: ResultsPanel, history: RunHistory): Results[] {
  const shown = panel.shown?.results ?? [];
  return shown.length > 0 ? shown : history.lastBatch().map((record) => record.results);
}

async function pickResults(candidates: Results[]): Promise<Results | undefined> {
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage('hostnet: no results to export yet. Run a scenario first.');
    return undefined;
  }
  if (candidates.length === 1) return candidates[0];
  const picked = await vscode.window.showQuickPick(
    candidates.map((results) => ({ label: results.scenario, results })),
    { title: 'Export which scenario’s results?' },
  );
  return picked?.results;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'JSON', description: 'the whole run (hostnet.results/1)', format: 'json' as const },
      { label: 'CSV', description: 'traffic, cores and stages tables, one file each', format: 'csv' as const },
      { label: 'PNG', description: 'a chart, chosen in the results panel', format: 'png' as const },
    ],
    { title: 'Export results as' },
  );
  return picked?.format;
}

async function pickRun(records: readonly RunRecord[], title: string): Promise<RunRecord | undefined> {
  const picked = await vscode.window.showQuickPick(
    records.map((record) => ({ ...describeRecord(record), record })),
    { title, matchOnDescription: true },
  );
  return picked?.record;
}

async function announce(files: vscode.Uri[]): Promise<void> {
  const names = files.map((uri) => vscode.workspace.asRelativePath(uri)).join(', ');
  const choice = await vscode.window.showInformationMessage(`hostnet: exported ${names}`, 'Open');
  if (choice) await vscode.window.showTextDocument(files[0]);
}
