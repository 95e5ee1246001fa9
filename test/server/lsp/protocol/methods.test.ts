// Every method over stdio against the bundled server, on a small workspace
// (common.hnet, indexed from disk; main.hnet, opened in the "editor").
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  WorkDoneProgress,
  WorkspaceSymbolRequest,
  type CompletionItem,
  type CompletionList,
  type DocumentSymbol,
  type Hover,
  type Location,
} from 'vscode-languageserver-protocol/node';
import { ResultsNotification, RunRequest, TopologyRequest } from '../../../../server/lsp/protocol';
import type { Results } from '../../../../simulator/results';
import { TestClient } from './client';

const folder = join(import.meta.dirname, 'workspace');
const mainUri = pathToFileURL(join(folder, 'main.hnet')).toString();
const commonUri = pathToFileURL(join(folder, 'common.hnet')).toString();
const mainText = readFileSync(join(folder, 'main.hnet'), 'utf8');
const doc = { uri: mainUri };

/** The position of the `index`-th occurrence of `needle` in main.hnet, `offset` characters into it. */
function at(needle: string, offset = 0, index = 0): { line: number; character: number } {
  let found = -1;
  for (let i = 0; i <= index; i++) found = mainText.indexOf(needle, found + 1);
  assert.ok(found >= 0, `main.hnet has no ${needle}`);
  const before = mainText.slice(0, found + offset);
  return { line: before.split('\n').length - 1, character: found + offset - (before.lastIndexOf('\n') + 1) };
}

describe('LSP methods over stdio', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ rootPath: folder });
    await client.open(mainUri, mainText);
    await client.waitForDiagnostics(mainUri, () => true);
  });
  after(async () => {
    await client.stop();
  });

  describe('textDocument/completion', () => {
    it('offers chains after via, from the imported file', async () => {
      const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: doc, position: at('kernel_path') })) as CompletionList;
      assert.ok(list.items.some((item: CompletionItem) => item.label === 'kernel_path'));
    });
  });

  describe('textDocument/hover', () => {
    it('summarises the chain a reference names', async () => {
      const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: doc, position: at('kernel_path', 2) })) as Hover;
      assert.match(JSON.stringify(hover.contents), /chain kernel_path on sut/);
    });
  });

  describe('textDocument/definition', () => {
    it('goes to the declaration in common.hnet', async () => {
      const result = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: doc, position: at('kernel_path', 1) })) as Location[];
      assert.equal(result[0].uri, commonUri);
      assert.equal(result[0].range.start.line, 14);
    });
  });

  describe('textDocument/references', () => {
    it('finds the uses of a host across files', async () => {
      const result = (await client.connection.sendRequest(ReferencesRequest.type, {
        textDocument: doc,
        position: at('gen', 1),
        context: { includeDeclaration: true },
      })) as Location[];
      const files = result.map((l) => (l.uri === mainUri ? 'main' : 'common')).sort();
      assert.deepEqual(files, ['common', 'common', 'main']);
    });
  });

  describe('textDocument/prepareRename and textDocument/rename', () => {
    it('renames a traffic everywhere', async () => {
      const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: doc, position: at('rpc', 1) });
      assert.deepEqual(prepared && 'placeholder' in prepared ? prepared.placeholder : undefined, 'rpc');
      const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: doc, position: at('rpc', 1), newName: 'request' });
      assert.equal(edit?.changes?.[mainUri]?.length, 6);
    });
  });

  describe('textDocument/documentSymbol', () => {
    it('gives the outline', async () => {
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: doc })) as DocumentSymbol[];
      assert.deepEqual(symbols.map((s) => s.name), ['rpc', 'quick', 'swept']);
    });
  });

  describe('workspace/symbol', () => {
    it('finds symbols of files that are not open', async () => {
      const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'kernel' });
      assert.ok(symbols?.some((s) => s.name === 'kernel_path' && s.location.uri === commonUri));
    });
  });

  describe('textDocument/foldingRange', () => {
    it('folds the blocks', async () => {
      const ranges = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: doc });
      assert.ok(ranges?.some((r) => r.startLine === 2 && r.endLine === 4));
    });
  });

  describe('textDocument/formatting', () => {
    it('answers with edits (none for a formatted file) without waiting for analysis', async () => {
      const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: doc, options: { tabSize: 2, insertSpaces: true } });
      assert.ok(Array.isArray(edits));
    });
  });

  describe('textDocument/semanticTokens', () => {
    it('answers full and range requests', async () => {
      const full = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: doc });
      const range = await client.connection.sendRequest(SemanticTokensRangeRequest.type, {
        textDocument: doc,
        range: { start: { line: 2, character: 0 }, end: { line: 5, character: 0 } },
      });
      assert.ok(full && full.data.length > 0 && full.data.length % 5 === 0);
      assert.ok(range && range.data.length > 0 && range.data.length < full.data.length);
    });
  });

  describe('textDocument/codeAction', () => {
    it('offers did-you-mean for a misspelt enum value', async () => {
      const uri = pathToFileURL(join(folder, 'scratch-actions.hnet')).toString();
      await client.open(uri, 'chain c on s { stack = kernl }\n');
      await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'HN009'));
      const actions = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 24 }, end: { line: 0, character: 24 } },
        context: { diagnostics: [] },
      });
      assert.ok(actions?.some((a) => a.title === 'Change to `kernel`'));
      await client.close(uri);
    });
  });

  describe('textDocument/codeLens', () => {
    it('puts Run on each scenario and counts sweep points', async () => {
      const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: doc });
      assert.deepEqual(lenses?.map((l) => [l.command?.title, l.command?.command, l.command?.arguments]), [
        ['▶ Run', 'hostnet.runScenario', [mainUri, 'quick']],
        ['▶ Run sweep (2 points)', 'hostnet.runScenario', [mainUri, 'swept']],
      ]);
    });
  });

  describe('hostnet/topology', () => {
    it('describes hosts, links and chains with their lines', async () => {
      const topology = await client.connection.sendRequest(TopologyRequest, { uri: mainUri });
      assert.deepEqual(topology.hosts.map((h) => `${h.name}:${h.line}`), ['gen:1', 'sut:6']);
      assert.equal(topology.links.length, 1);
      assert.deepEqual(topology.chains[0].stages.map((s) => s.kind), ['driver', 'ip', 'udp', 'socket', 'app']);
      assert.equal(topology.traffic[0].via, 'kernel_path');
    });
  });

  describe('hostnet/run, textDocument/inlayHint, hostnet/results', () => {
    let results: Results;
    it('runs a scenario with progress and returns its results', async () => {
      const progress: unknown[] = [];
      client.connection.onProgress(WorkDoneProgress.type, 'run-1', (value) => {
        progress.push(value);
      });
      results = await client.connection.sendRequest(RunRequest, { uri: mainUri, scenario: 'quick', workDoneToken: 'run-1' });
      assert.equal(results.schema, 'hostnet.results/1');
      assert.equal(results.scenario, 'quick');
      assert.equal(results.meta.seed, 3);
      assert.ok(progress.length >= 2, JSON.stringify(progress));
    });

    it('turns the failed expect into a diagnostic on its line', async () => {
      const diagnostics = await client.waitForDiagnostics(mainUri, (d) => d.some((x) => x.source === 'hostnet run'));
      const failed = diagnostics.filter((d) => d.source === 'hostnet run');
      assert.deepEqual(failed.map((d) => d.range.start.line), [at('rpc.throughput').line]);
      assert.match(String(failed[0].message), /measured .* expected > 1 Tbps/);
    });

    it('shows results beside traffic and expect lines', async () => {
      const hints = await client.connection.sendRequest(InlayHintRequest.type, {
        textDocument: doc,
        range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } },
      });
      const labels = (hints ?? []).map((h) => `${h.position.line}:${typeof h.label === 'string' ? h.label : ''}`);
      assert.ok(labels.some((l) => l.startsWith(`${at('traffic rpc').line}:`) && l.includes('p99')), JSON.stringify(labels));
      assert.ok(labels.some((l) => l.startsWith(`${at('rpc.latency.p99').line}:✓`)), JSON.stringify(labels));
      assert.ok(labels.some((l) => l.startsWith(`${at('rpc.throughput').line}:✗`)), JSON.stringify(labels));
    });

    it('takes results the client pushes', async () => {
      const pushed: Results = structuredClone(results);
      for (const point of pushed.points) for (const e of point.expects) e.pass = true;
      await client.connection.sendNotification(ResultsNotification, { uri: mainUri, results: pushed });
      await client.waitForDiagnostics(mainUri, (d) => !d.some((x) => x.source === 'hostnet run'));
    });

    it('marks the results stale after an edit to an imported file they read, and asks for the hints again', async () => {
      const hintLabels = async (): Promise<string[]> =>
        ((await client.connection.sendRequest(InlayHintRequest.type, { textDocument: doc, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } } })) ?? [])
          .filter((h) => h.kind === 1)
          .map((h) => String(h.label));
      assert.ok((await hintLabels()).every((label) => !label.startsWith('(stale)')));
      const commonText = readFileSync(join(folder, 'common.hnet'), 'utf8');
      const refreshes = client.inlayHintRefreshes;
      await client.open(commonUri, commonText);
      await client.change(commonUri, [{ text: commonText.replace('latency = 2us', 'latency = 3us') }]);
      await client.waitFor('inlay hint refresh', () => client.inlayHintRefreshes > refreshes);
      const stale = await hintLabels();
      assert.ok(stale.length > 0 && stale.every((label) => label.startsWith('(stale)')), JSON.stringify(stale));
      await client.change(commonUri, [{ text: commonText }]);
      await client.close(commonUri);
      assert.ok((await hintLabels()).every((label) => !label.startsWith('(stale)')));
    });

    it('reports why a file with errors cannot run', async () => {
      const uri = pathToFileURL(join(folder, 'scratch-broken.hnet')).toString();
      await client.open(uri, 'traffic t { via = nowhere }\n');
      await assert.rejects(client.connection.sendRequest(RunRequest, { uri }), /cannot run scratch-broken.hnet until its errors are fixed: scratch-broken.hnet:1:9: /);
      await client.close(uri);
    });
  });
});
