// Scenarios and expectations read from the outline the language server
// really sends (server/lsp/symbols.ts), as VS Code hands it to the client.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { DocumentSymbol, Range } from 'vscode-languageserver';
import { scenarioAt, scenariosOf, type SymbolNode } from '../../../client/present/scenarios';
import { Session } from '../../../server/lsp/session';
import { documentSymbols } from '../../../server/lsp/symbols';

const file = join(import.meta.dirname, 'fixtures/checks.hnet');

/** The server's outline of the fixture, with kinds numbered as vscode.SymbolKind (LSP's minus one). */
function outline(): SymbolNode<Range>[] {
  const session = new Session();
  const uri = pathToFileURL(file).href;
  session.didOpen(uri, 1, readFileSync(file, 'utf8'));
  const convert = (symbol: DocumentSymbol): SymbolNode<Range> => ({ ...symbol, kind: symbol.kind - 1, children: symbol.children?.map(convert) });
  return documentSymbols(session, { textDocument: { uri } }).map(convert);
}

test('every named scenario is found, in order, with the expectations of its expect block', () => {
  const scenarios = scenariosOf(outline());
  assert.deepEqual(
    scenarios.map((s) => [s.name, s.expectations.map((e) => e.text)]),
    [
      ['fast', ['rpc.latency.p99 < 50us', 'rpc.throughput > 1Mbps', 'rpc.latency.p99 < 80us']],
      ['plain', []],
      ['loose', ['rpc.loss <= 1%']],
    ],
  );
});

test('an expectation is keyed by metric and operator, repeats numbered, and sits on its own line', () => {
  const [fast] = scenariosOf(outline());
  assert.deepEqual(
    fast.expectations.map((e) => [e.key, e.metric, e.op, e.range.start.line]),
    [
      ['rpc.latency.p99 <', 'rpc.latency.p99', '<', 13],
      ['rpc.throughput >', 'rpc.throughput', '>', 14],
      ['rpc.latency.p99 <#2', 'rpc.latency.p99', '<', 15],
    ],
  );
  assert.equal(fast.selectionRange.start.line, 10);
});

test('the scenario under a line is the one whose block holds it', () => {
  const scenarios = scenariosOf(outline());
  const lines = (range: Range) => ({ start: range.start.line, end: range.end.line });
  assert.equal(scenarioAt(scenarios, 14, lines)?.name, 'fast');
  assert.equal(scenarioAt(scenarios, 19, lines)?.name, 'plain');
  assert.equal(scenarioAt(scenarios, 3, lines), undefined);
});

test('symbols that are not scenarios give none', () => {
  const node = (name: string, kind: number): SymbolNode<number> => ({ name, kind, range: 0, selectionRange: 0 });
  assert.deepEqual(scenariosOf([node('sut', 4), node('rpc', 23), node('scenario', 1)]), []);
});
