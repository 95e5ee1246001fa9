// Code lenses, inline results, failed-expect diagnostics, the topology and
// the run request (in-process, with its worker thread started from source).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, ResponseError, type InlayHint, type WorkDoneProgressReporter } from 'vscode-languageserver';
import { propertySpec, stageBehaviour, stageKind } from '../../../server/language/catalog';
import { defaultText } from '../../../server/lsp/docs';
import { codeLenses } from '../../../server/lsp/code-lens';
import { inlayHints, STALE_PREFIX } from '../../../server/lsp/inlay-hints';
import { expectFailures } from '../../../server/lsp/results';
import { run } from '../../../server/lsp/run';
import { topology } from '../../../server/lsp/topology';
import type { Results } from '../../../simulator/results';
import { fixture, type Fixture } from './helpers';

const MODEL = `host gen { role = loadgen  nic eth0 { speed = 100Gbps } }
host sut {
  cpu { cores = 2 }
  nic eth0 { speed = 100Gbps  queues = 2 }
  container web { }
}
link gen.eth0 <-> sut.eth0 { latency = 1us }
chain path on sut {
  stack = kernel
  stage driver
  stage udp
  stage socket
  stage app { cost = 1us }
  cores = [0, 1]
}
traffic rpc {
  from = gen   to = sut.web   via = path
  pattern = poisson   rate = 20Kpps   size = 64B
}
scenario quick {
  duration = 1ms   warmup = 0.2ms
  traffic = [rpc]
  expect {
    rpc.latency.p99 < 1s
    rpc.throughput > 1Tbps
  }
}
scenario swept {
  traffic = [rpc]
  sweep { rpc.rate = [10Kpps, 20Kpps, 30Kpps]  path.priority = [none, prism] }
}
`;

function hints(f: Fixture): string[] {
  const all = inlayHints(f.session, { textDocument: { uri: f.uri }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } } });
  return all.map((hint: InlayHint) => `${hint.position.line}:${typeof hint.label === 'string' ? hint.label : ''}`);
}

const silentProgress: WorkDoneProgressReporter = { begin() {}, report() {}, done() {} };

describe('code lens', () => {
  it('runs each scenario, counting the sweep’s points', () => {
    const f = fixture(MODEL);
    const lenses = codeLenses(f.session, { textDocument: { uri: f.uri } });
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command?.title, l.command?.command, l.command?.arguments]), [
      [19, '▶ Run', 'hostnet.runScenario', [f.uri, 'quick']],
      [27, '▶ Run sweep (6 points)', 'hostnet.runScenario', [f.uri, 'swept']],
    ]);
  });

  it('offers the default scenario in a file with traffic and no scenario', () => {
    const f = fixture(MODEL.slice(0, MODEL.indexOf('scenario quick')));
    const lenses = codeLenses(f.session, { textDocument: { uri: f.uri } });
    assert.deepEqual(lenses.map((l) => l.command?.arguments), [[f.uri, 'default']]);
  });
});

describe('inlay hints: defaults', () => {
  it('shows the defaults in effect for key properties that are not written', () => {
    const f = fixture(MODEL);
    const shown = hints(f);
    assert.ok(shown.includes(`3:ring = ${defaultText(propertySpec('nic', 'ring')!)}`), JSON.stringify(shown));
    assert.ok(shown.some((h) => h.startsWith('2:') && h.includes(`freq = ${defaultText(propertySpec('cpu', 'freq')!)}`)), JSON.stringify(shown));
  });

  it('shows a stage’s default cost for the chain’s stack', () => {
    const shown = hints(fixture(MODEL));
    const driver = stageBehaviour(stageKind('driver')!, 'kernel');
    assert.ok(shown.includes(`9:cost = ${driver.cyclesPerPacket} cycles + ${driver.cyclesPerByte} cycles/B`), JSON.stringify(shown));
  });

  it('says nothing about properties that are written', () => {
    const shown = hints(fixture('host a { nic e { speed = 1Gbps  queues = 1  ring = 64 } }'));
    assert.ok(!shown.some((h) => /speed|queues|ring/.test(h)), JSON.stringify(shown));
  });
});

describe('results in the editor', () => {
  it('runs a scenario in a worker thread and reports its figures beside traffic and expect lines', async () => {
    const f = fixture(MODEL);
    let finished: Results | undefined;
    const results = await run(f.session, { uri: f.uri, scenario: 'quick', seed: 11 }, {
      progress: silentProgress,
      token: new CancellationTokenSource().token,
      finished: (uri, r, fingerprint) => {
        f.session.results.set(uri, r, fingerprint);
        finished = r;
      },
    });
    assert.equal(finished, results);
    assert.equal(results.meta.seed, 11);
    const shown = hints(f);
    assert.ok(shown.some((h) => h.startsWith('15:') && h.includes('p99')), JSON.stringify(shown));
    assert.ok(shown.some((h) => h.startsWith('23:✓')), JSON.stringify(shown));
    assert.ok(shown.some((h) => h.startsWith('24:✗')), JSON.stringify(shown));
    const failures = expectFailures(f.session.analysis(f.uri)!, f.session.runResults(f.uri).filter((r) => r.current).map((r) => r.results));
    assert.deepEqual(failures.map((d) => d.range.start.line), [24]);
    assert.match(String(failures[0].message), /expect failed in `quick`: measured .* expected > 1 Tbps/);
  });

  it('shows a dash for figures that nothing measured', () => {
    const f = fixture(MODEL);
    const point = { params: {}, traffic: { rpc: { throughput: 0, pps: 0, loss: NaN, latency: { p99: NaN } } }, expects: [] };
    f.session.results.set(f.uri, { scenario: 'quick', points: [point] } as unknown as Results, undefined);
    const shown = hints(f).filter((h) => h.startsWith('15:'));
    assert.deepEqual(shown.map((h) => h.replace(STALE_PREFIX, '')), ['15:0 bps · 0 pps · p99 — · loss —']);
  });

  it('marks the inline results stale after an edit a rerun would see, and only then', async () => {
    const f = fixture(MODEL);
    const keep = (uri: string, r: Results, fingerprint: string): void => f.session.results.set(uri, r, fingerprint);
    await run(f.session, { uri: f.uri, scenario: 'quick' }, { progress: silentProgress, token: new CancellationTokenSource().token, finished: keep });
    const edit = (text: string, version: number): string[] => {
      f.session.didChange(f.uri, version, [{ text }]);
      return hints(f).filter((h) => h.includes('p99') || /[✓✗]/.test(h));
    };
    const fresh = edit(`// a note\n${MODEL.replace('duration = 1ms', 'duration = 1 ms')}`, 2);
    assert.equal(fresh.length, 3, JSON.stringify(fresh));
    assert.ok(fresh.every((h) => !h.includes(STALE_PREFIX)), JSON.stringify(fresh));
    assert.ok(fresh.some((h) => h.startsWith('16:') && h.includes('p99')), 'the hints follow the text down a line');
    assert.equal(edit(MODEL.replace('[none, prism]', '[prism]'), 3).filter((h) => h.includes(STALE_PREFIX)).length, 0, 'another scenario changed');
    assert.deepEqual(f.session.runResults(f.uri).map((r) => r.current), [true]);
    const stale = edit(MODEL.replace('rate = 20Kpps', 'rate = 25Kpps'), 4);
    assert.equal(stale.length, 3);
    assert.ok(stale.every((h) => h.split(':').slice(1).join(':').startsWith(STALE_PREFIX)), JSON.stringify(stale));
    assert.deepEqual(f.session.runResults(f.uri).map((r) => r.current), [false]);
    assert.equal(edit(MODEL, 5).filter((h) => h.includes(STALE_PREFIX)).length, 0, 'undoing the edit makes them current again');
  });

  it('gives the same results when runs follow one another on the kept thread and its warm workers', async () => {
    const f = fixture(MODEL);
    const deps = { progress: silentProgress, token: new CancellationTokenSource().token, finished: () => {} };
    const runs: string[] = [];
    for (let i = 0; i < 2; i++) {
      for (const scenario of ['quick', 'swept']) {
        const results = await run(f.session, { uri: f.uri, scenario, workers: 2 }, deps);
        runs.push(JSON.stringify(results.points));
      }
    }
    assert.equal(JSON.parse(runs[1]).length, 6);
    assert.equal(runs[2], runs[0]);
    assert.equal(runs[3], runs[1]);
    // The kept thread simulates the text it is sent, not what it ran before.
    const edited = fixture(MODEL.replace('rate = 20Kpps', 'rate = 40Kpps'));
    const before = (JSON.parse(runs[0]) as Results['points'])[0].traffic.rpc.pps;
    const after = (await run(edited.session, { uri: edited.uri, scenario: 'quick', workers: 2 }, deps)).points[0].traffic.rpc.pps;
    assert.ok(after > 1.5 * before, `${before} → ${after} packets/s`);
  });

  it('stops a run when the request is cancelled', async () => {
    const f = fixture(MODEL.replace('duration = 1ms', 'duration = 30s'));
    const source = new CancellationTokenSource();
    const progress: WorkDoneProgressReporter = { begin() {}, report: () => source.cancel(), done() {} };
    await assert.rejects(
      run(f.session, { uri: f.uri, scenario: 'quick' }, { progress, token: source.token, finished: () => assert.fail('a cancelled run has no results') }),
      (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled,
    );
  });
});

describe('topology', () => {
  it('lists hosts with NICs and containers, links, chains with stages, and traffic, with lines', () => {
    const f = fixture(MODEL);
    const t = topology(f.session, { uri: f.uri });
    assert.deepEqual(t.hosts.map((h) => [h.name, h.role, h.line, h.nics.map((n) => `${n.name}@${n.speed}`), h.containers.map((c) => c.name)]), [
      ['gen', 'loadgen', 0, ['eth0@100000000000'], []],
      ['sut', 'sut', 1, ['eth0@100000000000'], ['web']],
    ]);
    assert.deepEqual(t.links.map((l) => [l.a, l.b, l.line]), [[{ host: 'gen', nic: 'eth0' }, { host: 'sut', nic: 'eth0' }, 6]]);
    assert.deepEqual(t.chains.map((c) => [c.name, c.host, c.stack, c.stages.map((s) => `${s.kind}:${s.line}`)]), [
      ['path', 'sut', 'kernel', ['driver:9', 'udp:10', 'socket:11', 'app:12']],
    ]);
    assert.deepEqual(t.traffic.map((tr) => [tr.name, tr.from, tr.to, tr.via, tr.line]), [['rpc', 'gen', 'sut.web', 'path', 15]]);
  });

  it('includes what imported files declare, with their own uri', () => {
    const f = fixture('import "common.hnet"\ntraffic t { from = gen }', { 'common.hnet': MODEL });
    const t = topology(f.session, { uri: f.uri });
    assert.ok(t.hosts.every((h) => h.uri.endsWith('common.hnet')));
    assert.deepEqual(t.traffic.map((tr) => [tr.name, tr.uri.endsWith('main.hnet')]), [['t', true], ['rpc', false]]);
  });
});
