// The settings: inline results can be switched off; run on save runs the file again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hostnetApi } from './api';
import { test } from './runner';
import { openInEditor } from './workspace';
import { waitFor } from './wait';

async function withSetting(key: string, value: unknown, body: () => Promise<void>): Promise<void> {
  const config = vscode.workspace.getConfiguration('hostnet');
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  try {
    await body();
  } finally {
    await config.update(key, undefined, vscode.ConfigurationTarget.Workspace);
  }
}

test('with inline results off, a run’s hints are gone and the defaults stay', async () => {
  const document = await openInEditor('checks.hnet');
  await vscode.commands.executeCommand('hostnet.runScenario', document.uri.toString(), 'relaxed');
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const kinds = async () =>
    ((await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, whole)) ?? []).map((hint) => hint.kind);
  assert.ok((await kinds()).includes(vscode.InlayHintKind.Type), 'no inline results after the run');
  await withSetting('inlineResults.enabled', false, async () => {
    const shown = await kinds();
    assert.ok(!shown.includes(vscode.InlayHintKind.Type), 'inline results still shown');
    assert.ok(shown.includes(vscode.InlayHintKind.Parameter), 'the defaults went too');
  });
});

test('with run on save, saving a file runs its scenarios', async () => {
  const api = await hostnetApi();
  const document = await openInEditor('checks.hnet');
  const before = api.history.all()[0]?.id ?? 0;
  await withSetting('run.onSave', true, async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), '// saved\n');
    await vscode.workspace.applyEdit(edit);
    await document.save();
    const runs = await waitFor('the runs on save', () => {
      const batch = api.history.lastBatch();
      return batch.length === 2 && batch[0].id > before && batch;
    });
    assert.deepEqual(runs.map((run) => run.results.scenario), ['relaxed', 'impossible']);
  });
});

test('a run over the time budget is stopped, saying why', async () => {
  const api = await hostnetApi();
  const document = await openInEditor('slow.hnet');
  await withSetting('run.budgetSeconds', 1, async () => {
    const outcome = await api.runs.run({ uri: document.uri, scenarios: ['long'], progress: 'none', panel: 'if-open' });
    assert.equal(outcome.kind, 'failed');
    assert.match(outcome.kind === 'failed' ? outcome.message : '', /stopped after 1 s, the run budget \(setting hostnet\.run\.budgetSeconds\)/);
  });
});
