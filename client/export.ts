// Saving results: the Results as JSON, its tables as CSV (traffic, cores,
// stages: one file each, named after the scenario, in a chosen folder), and a
// chart as PNG (the panel renders it and sends it with an `export` message).
import * as vscode from 'vscode';
import { toCsv } from '../simulator/export/csv';
import type { Results } from '../simulator/results';

/** Where a dialog starts: beside the `.hnet` file the results came from, else in the first workspace folder. */
function startFolder(results: Results): vscode.Uri | undefined {
  const file = results.meta.file;
  if (file) return vscode.Uri.joinPath(vscode.Uri.parse(file), '..');
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

function beside(folder: vscode.Uri | undefined, name: string): vscode.Uri | undefined {
  return folder ? vscode.Uri.joinPath(folder, name) : undefined;
}

/** Writes the Results as JSON to `target`, or where a save dialog says. Resolves to the file written, if any. */
export async function exportJson(results: Results, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      title: `Export the results of ${results.scenario} as JSON`,
      defaultUri: beside(startFolder(results), `${results.scenario}.results.json`),
      filters: { 'JSON results': ['json'] },
    }));
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${JSON.stringify(results, null, 2)}\n`));
  return uri;
}

/** Writes `<scenario>-traffic.csv`, `-cores.csv` and `-stages.csv` into `folder`, or one a dialog says. Resolves to the files written. */
export async function exportCsv(results: Results, folder?: vscode.Uri): Promise<vscode.Uri[]> {
  const chosen =
    folder ??
    (
      await vscode.window.showOpenDialog({
        title: `Export the results of ${results.scenario} as CSV (three tables: traffic, cores, stages)`,
        defaultUri: startFolder(results),
        canSelectFiles: false,
        canSelectFolders: true,
        canSelectMany: false,
        openLabel: 'Export CSV Here',
      })
    )?.[0];
  if (!chosen) return [];
  const written: vscode.Uri[] = [];
  for (const table of toCsv(results)) {
    const uri = vscode.Uri.joinPath(chosen, `${results.scenario}-${table.name}`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(table.text));
    written.push(uri);
  }
  return written;
}

/** Saves a chart image the panel rendered (`data:image/png;base64,…`) where a save dialog says. */
export async function exportPng(dataUrl: string, name: string, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const match = /^data:image\/png;base64,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error('the panel sent an image that is not a PNG');
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      title: 'Export the chart as PNG',
      defaultUri: beside(vscode.workspace.workspaceFolders?.[0]?.uri, `${safeName(name)}.png`),
      filters: { 'PNG image': ['png'] },
    }));
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, Buffer.from(match[1], 'base64'));
  return uri;
}

/** A file name from a chart's name: letters, digits, dots, dashes and underscores. */
function safeName(name: string): string {
  return name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'chart';
}
