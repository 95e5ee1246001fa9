// Running scenarios: the command returns the results; history, status bar,
// panel and inline results show them; failed expectations are diagnostics;
// Stop cancels the request; topology and export work on the same file.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Results } from '../../simulator/results';
import { hostnetApi, lineOf } from './api';
import { test } from './runner';
import { openInEditor, workspaceFile } from './workspace';
import { waitFor, waitForValue } from './wait';

async function hintsOf(document: vscode.TextDocument): Promise<vscode.InlayHint[]> {
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  return (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, whole)) ?? [];
}

const labelOf = (hint: vscode.InlayHint): string => (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join(''));

test('Run scenario returns the results, which the history, status bar and panel show', async () => {
  const api = await hostnetApi();
  const document = await openInEditor('checks.hnet');
  const results = await vscode.commands.executeCommand<Results | undefined>('hostnet.runScenario', document.uri.toString(), 'relaxed');
  assert.ok(results, 'the command returned no results');
  assert.equal(results.scenario, 'relaxed');
  assert.ok(results.points[0].traffic.rpc.delivered > 0, 'no rpc packet was delivered');
  assert.deepEqual(results.points[0].expects.map((check) => check.pass), [true, true]);
  assert.equal(api.history.lastBatch()[0].results, results);
  assert.match(api.status.text, /hostnet: rpc p99 [\d.]+ µs · 2\/2 ✓/);
  const shown = await waitFor('the panel to show the run', () => api.panel.shown?.results[0] === results && api.panel.shown);
  assert.ok(shown.topology?.hosts.some((host) => host.name === 'sut'), 'the panel got no topology');
});

test('after a run the traffic and expect lines show its figures inline', async () => {
  const document = await openInEditor('checks.hnet');
  const hints = await waitForValue('inline results', () => hintsOf(document), (found) => found.some((hint) => labelOf(hint).includes('p99')));
  const trafficLine = lineOf(document, 'traffic rpc');
  const expectLine = lineOf(document, 'rpc.latency.p99 < 1ms');
  assert.ok(hints.some((hint) => hint.position.line === trafficLine && /p99 [\d.]+ µs/.test(labelOf(hint))), 'no p99 beside the traffic');
  assert.ok(hints.some((hint) => hint.position.line === expectLine && labelOf(hint).startsWith('✓')), 'no ✓ beside the expectation');
});

test('a failed expectation is one diagnostic on its line, from the server', async () => {
  const document = await openInEditor('checks.hnet');
  const results = await vscode.commands.executeCommand<Results | undefined>('hostnet.runScenario', document.uri.toString(), 'impossible');
  assert.equal(results?.points[0].expects[0].pass, false);
  const line = lineOf(document, 'rpc.latency.p99 < 1ns');
  const failures = await waitFor('the failed expectation’s diagnostic', () => {
    const found = vscode.languages.getDiagnostics(document.uri).filter((d) => d.range.start.line === line);
    return found.length > 0 && found;
  });
  assert.equal(failures.length, 1, failures.map((d) => d.message).join('; '));
  assert.match(failures[0].message, /1 ns/);
});

test('Stop cancels a run in progress', async () => {
  const api = await hostnetApi();
  const document = await openInEditor('slow.hnet');
  const pending = api.runs.run({ uri: document.uri, scenarios: ['long'], progress: 'none', panel: 'if-open' });
  await waitFor('the run to start', () => api.runs.running);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await vscode.commands.executeCommand('hostnet.stop');
  const outcome = await pending;
  assert.equal(outcome.kind, 'cancelled');
  assert.equal(api.runs.running, false);
});

test('Show topology gives the hosts, links, chains and traffic of the file', async () => {
  const api = await hostnetApi();
  const document = await openInEditor('checks.hnet');
  await vscode.commands.executeCommand('hostnet.showTopology', document.uri);
  const topology = api.panel.shown?.topology;
  assert.deepEqual(topology?.hosts.map((host) => host.name).sort(), ['gen', 'sut']);
  assert.equal(topology?.chains[0]?.name, 'path');
});

test('Export results writes the shown results as JSON and CSV', async () => {
  const json = workspaceFile('exported.json');
  await vscode.commands.executeCommand('hostnet.exportResults', 'json', json);
  const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(json))) as Results;
  assert.equal(saved.schema, 'hostnet.results/1');
  const folder = workspaceFile('csv');
  await vscode.workspace.fs.createDirectory(folder);
  const files = await vscode.commands.executeCommand<vscode.Uri[]>('hostnet.exportResults', 'csv', folder);
  assert.deepEqual(files.map((uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1)), [
    `${saved.scenario}-traffic.csv`,
    `${saved.scenario}-cores.csv`,
    `${saved.scenario}-stages.csv`,
  ]);
  const traffic = new TextDecoder().decode(await vscode.workspace.fs.readFile(files[0]));
  assert.match(traffic, /^point,traffic,throughput_bps/);
});

test('inline results stay through a comment, and go stale only for the scenario an edit changes', async () => {
  const document = await openInEditor('checks.hnet');
  const comment = new vscode.WorkspaceEdit();
  comment.insert(document.uri, new vscode.Position(0, 0), '// edited\n');
  assert.ok(await vscode.workspace.applyEdit(comment));
  // The hints follow the text down a line and stay current; so does the failed expectation.
  const trafficLine = lineOf(document, 'traffic rpc');
  const moved = await waitForValue('inline results a line lower', () => hintsOf(document),
    (found) => found.some((hint) => hint.position.line === trafficLine && labelOf(hint).includes('p99')));
  assert.ok(moved.every((hint) => !labelOf(hint).startsWith('(stale)')), moved.map(labelOf).join('; '));
  const failedLine = lineOf(document, 'rpc.latency.p99 < 1ns');
  await waitFor('the failed expectation on its new line', () => vscode.languages.getDiagnostics(document.uri).some((d) => d.range.start.line === failedLine));

  const text = document.getText();
  const longer = new vscode.WorkspaceEdit();
  const at = text.lastIndexOf('duration = 2ms');
  longer.replace(document.uri, new vscode.Range(document.positionAt(at), document.positionAt(at + 'duration = 2ms'.length)), 'duration = 3ms');
  assert.ok(await vscode.workspace.applyEdit(longer));
  const hints = await waitForValue('stale inline results', () => hintsOf(document), (found) => found.some((hint) => labelOf(hint).startsWith('(stale)')));
  const labels = hints.filter((hint) => hint.kind === vscode.InlayHintKind.Type).map(labelOf);
  assert.ok(labels.some((label) => label.startsWith('(stale) impossible:')), labels.join('; '));
  assert.ok(labels.some((label) => label.startsWith('relaxed:')), labels.join('; '));
  assert.ok(hints.some((hint) => hint.position.line === lineOf(document, 'rpc.latency.p99 < 1ms') && labelOf(hint).startsWith('✓')), labels.join('; '));
  await waitFor('the stale failed expectation to go', () => !vscode.languages.getDiagnostics(document.uri).some((d) => d.source === 'hostnet run'));
  await vscode.commands.executeCommand('workbench.action.files.revert');
});
