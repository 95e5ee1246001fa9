// The diagnostics publisher (the one place diagnostics leave the server) and
// the analysis worker it reads from.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { AnalysisClient } from '../../../server/lsp/analysis-client';
import { DiagnosticsPublisher, type CheckedFile, type DiagnosticSource } from '../../../server/lsp/diagnostics';
import { Session } from '../../../server/lsp/session';
import { MAIN_URI, ROOT } from './helpers';

function problem(message: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message };
}

/** A source whose answers the test sets; counts the checks. */
class FakeSource implements DiagnosticSource {
  answers = new Map<string, CheckedFile | undefined>();
  importers = new Map<string, string[]>();
  versions = new Map<string, number>();
  checks: string[] = [];

  check(uri: string): CheckedFile | undefined {
    this.checks.push(uri);
    if (uri === 'boom') throw new Error('analysis bug');
    return this.answers.get(uri);
  }
  dependents(uri: string): string[] {
    return this.importers.get(uri) ?? [];
  }
  version(uri: string): number | undefined {
    return this.versions.get(uri);
  }
}

function publisher(source: DiagnosticSource, interval = 0, runDiagnostics?: (uri: string) => Diagnostic[]): { sent: PublishDiagnosticsParams[]; publisher: DiagnosticsPublisher } {
  const sent: PublishDiagnosticsParams[] = [];
  return { sent, publisher: new DiagnosticsPublisher(source, (params) => sent.push(params), { interval, runDiagnostics }) };
}

describe('diagnostics publisher', () => {
  it('checks a burst of edits to one file once', async () => {
    const source = new FakeSource();
    source.answers.set('a', { diagnostics: [problem('bad')], version: 3 });
    const { sent, publisher: p } = publisher(source);
    p.changed('a');
    p.changed('a');
    p.changed('a');
    await p.idle();
    assert.deepEqual(source.checks, ['a']);
    assert.deepEqual(sent, [{ uri: 'a', version: 3, diagnostics: [problem('bad')] }]);
  });

  it('publishes an empty list as soon as the mistake is fixed', async () => {
    const source = new FakeSource();
    const { sent, publisher: p } = publisher(source);
    source.answers.set('a', { diagnostics: [problem('bad')] });
    p.changed('a');
    await p.idle();
    source.answers.set('a', { diagnostics: [] });
    p.changed('a');
    await p.idle();
    assert.deepEqual(sent.at(-1), { uri: 'a', version: undefined, diagnostics: [] });
  });

  it('re-checks the importers of a changed file after it', async () => {
    const source = new FakeSource();
    source.importers.set('lib', ['main', 'other']);
    for (const uri of ['lib', 'main', 'other']) source.answers.set(uri, { diagnostics: [] });
    const { publisher: p } = publisher(source);
    p.changed('lib');
    await p.idle();
    assert.deepEqual(source.checks, ['lib', 'main', 'other']);
  });

  it('publishes the run diagnostics current at each check beside the file’s own', async () => {
    const source = new FakeSource();
    source.answers.set('a', { diagnostics: [problem('syntax')] });
    let run = [problem('expect failed')];
    const { sent, publisher: p } = publisher(source, 0, (uri) => (uri === 'a' ? run : []));
    p.check(['a']);
    await p.idle();
    assert.deepEqual(sent.at(-1)?.diagnostics.map((d) => d.message), ['syntax', 'expect failed']);
    p.changed('a');
    await p.idle();
    assert.deepEqual(sent.at(-1)?.diagnostics.map((d) => d.message), ['syntax', 'expect failed']);
    run = [];
    p.changed('a');
    await p.idle();
    assert.deepEqual(sent.at(-1)?.diagnostics.map((d) => d.message), ['syntax']);
  });

  it('does not publish a check of a text older than the document', async () => {
    const source = new FakeSource();
    source.answers.set('a', { diagnostics: [problem('old')], version: 1 });
    source.versions.set('a', 2);
    const { sent, publisher: p } = publisher(source);
    p.check(['a']);
    await p.idle();
    assert.deepEqual(sent, []);
  });

  it('clears a file that is gone, and reports an analysis bug as a diagnostic', async () => {
    const source = new FakeSource();
    source.answers.set('ok', { diagnostics: [] });
    const { sent, publisher: p } = publisher(source);
    p.check(['gone', 'boom', 'ok']);
    await p.idle();
    assert.deepEqual(sent.map((s) => [s.uri, s.diagnostics.map((d) => d.message)]), [
      ['gone', []],
      ['boom', ['internal error while checking this file: analysis bug']],
      ['ok', []],
    ]);
  });

  it('clears at once', () => {
    const { sent, publisher: p } = publisher(new FakeSource());
    p.clear('a');
    assert.deepEqual(sent, [{ uri: 'a', diagnostics: [] }]);
  });
});

describe('analysis worker', () => {
  const session = new Session();
  const client = new AnalysisClient(session);
  after(() => client.dispose());

  it('checks the texts it is given, in its own thread', async () => {
    session.didOpen(MAIN_URI, 4, 'host a {\n  cpu { cores = 0 }\n}\n');
    client.update(MAIN_URI, session.documents.text(MAIN_URI)!, 4);
    const checked = await client.check(MAIN_URI);
    assert.equal(checked?.version, 4);
    assert.deepEqual(checked?.diagnostics.map((d) => [d.code, d.range.start.line]), [['HN008', 1]]);
  });

  it('follows imports and knows who imports a file', async () => {
    const lib = `${ROOT}/lib.hnet`;
    session.documents.addWorkspaceFile(lib, 'host gen { }\n');
    client.update(lib, 'host gen { }\n');
    session.didChange(MAIN_URI, 5, [{ text: 'import "lib.hnet"\ntraffic t { from = gen  to = gen  rate = 1Mpps }\n' }]);
    client.update(MAIN_URI, session.documents.text(MAIN_URI)!, 5);
    const checked = await client.check(MAIN_URI);
    assert.ok(!checked?.diagnostics.some((d) => d.code === 'HN013'), JSON.stringify(checked?.diagnostics));
    assert.deepEqual(await client.dependents(lib), [MAIN_URI]);
  });

  it('does not report files that are neither open nor in the workspace', async () => {
    assert.equal(await client.check(`${ROOT}/elsewhere.hnet`), undefined);
  });
});
