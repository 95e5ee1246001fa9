// The Test Explorer: scenarios with expectations are tests, their
// expectations children; running one runs the scenario and reports each
// expectation at its line.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hostnetApi } from './api';
import { test } from './runner';
import { openInEditor } from './workspace';
import { waitFor } from './wait';

function children(item: vscode.TestItem | undefined): vscode.TestItem[] {
  const found: vscode.TestItem[] = [];
  item?.children.forEach((child) => found.push(child));
  return found;
}

test('each scenario with expectations is a test item, each expectation a child at its line', async () => {
  const api = await hostnetApi();
  const document = await openInEditor('checks.hnet');
  const tests = api.tests;
  assert.ok(tests, 'no Test Explorer: the language server did not start');
  const file = await waitFor('checks.hnet in the Test Explorer', () => tests.controller.items.get(document.uri.toString()));
  const scenarios = children(file);
  assert.deepEqual(scenarios.map((item) => item.label), ['relaxed', 'impossible']);
  assert.deepEqual(children(scenarios[1]).map((item) => item.label), ['rpc.latency.p99 < 1ns', 'rpc.throughput > 1Mbps']);
  // Items follow edits a moment later (an earlier test edited and reverted this file).
  await waitFor('the expectations’ items on their lines', () => {
    const items = children(tests.controller.items.get(document.uri.toString())?.children.get(`${document.uri}#impossible`));
    return items.length === 2 && items.every((item) => document.lineAt(item.range!.start.line).text.trim() === item.label);
  });
});

test('running a test runs its scenario and fails only the expectation not met', async () => {
  const api = await hostnetApi();
  const tests = api.tests!;
  const document = await openInEditor('checks.hnet');
  const scenario = tests.controller.items.get(document.uri.toString())?.children.get(`${document.uri}#impossible`);
  assert.ok(scenario, 'no test item for the scenario impossible');
  const token = new vscode.CancellationTokenSource().token;
  await tests.runProfile.runHandler(new vscode.TestRunRequest([scenario]), token);
  const [latency, throughput] = children(scenario);
  assert.equal(tests.outcomes.get(scenario.id), 'failed');
  assert.equal(tests.outcomes.get(latency.id), 'failed');
  assert.equal(tests.outcomes.get(throughput.id), 'passed');
});

test('running all tests runs the scenarios of every file', async () => {
  const api = await hostnetApi();
  const tests = api.tests!;
  await tests.discoverWorkspace();
  await tests.runProfile.runHandler(new vscode.TestRunRequest(), new vscode.CancellationTokenSource().token);
  const scenarios: vscode.TestItem[] = [];
  tests.controller.items.forEach((file) => file.children.forEach((scenario) => scenarios.push(scenario)));
  // broken.hnet holds valid.hnet's text by now (the diagnostics test fixed it), so `quick` comes twice.
  assert.deepEqual(scenarios.map((item) => item.label).sort(), ['impossible', 'quick', 'quick', 'relaxed']);
  for (const item of scenarios) assert.equal(tests.outcomes.get(item.id), item.label === 'impossible' ? 'failed' : 'passed', item.id);
});
