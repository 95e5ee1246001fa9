// `hostnet run FILE [--scenario NAME] [--json OUT] [--csv DIR] [--seed N]`:
// a summary table per scenario on stdout, progress on stderr, results as
// JSON (`hostnet.results/1`) and CSV, exit 1 when an expectation fails.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Results } from '../../../simulator/results';
import { cliFolder, needsCli } from './hostnet';

describe('hostnet run', { skip: needsCli }, () => {
  const folder = cliFolder();
  after(() => folder.remove());
  const json = (name: string): unknown => JSON.parse(readFileSync(join(folder.dir, name), 'utf8'));
  /** The results without their wall time, which differs from run to run. */
  const comparable = (results: Results): Results => ({ ...results, meta: { ...results.meta, wallSeconds: 0 } });

  it('prints a table of each traffic and the outcome of each expectation, and exits 0 when they hold', () => {
    const ran = folder.hostnet('run', 'checks.hnet', '--scenario', 'holds');
    assert.equal(ran.status, 0, ran.stderr);
    const lines = ran.stdout.split('\n');
    assert.match(lines[0], /^scenario holds — 1 point, seed 1, [\d,]+ events, [\d.]+ s$/);
    assert.match(ran.stdout, /^ {2}traffic +throughput +pps +p50 +p99 +p999 +drops$/m);
    assert.match(ran.stdout, /^ {2}rpc +[\d.]+ Mbps +[\d.]+ Kpps +[\d.]+ µs +[\d.]+ µs +[\d.]+ µs +0$/m);
    assert.match(ran.stdout, /^ {2}✓ rpc\.latency\.p99 < 1 s {2}\(actual [\d.]+ µs\)$/m);
  });

  it('exits 1 and says so when an expectation fails', () => {
    const ran = folder.hostnet('run', 'checks.hnet', '--scenario', 'fails');
    assert.equal(ran.status, 1);
    assert.match(ran.stdout, /^ {2}✗ rpc\.throughput > 1 Tbps {2}\(actual [\d.]+ Mbps\)$/m);
    assert.match(ran.stderr, /^1 expectation failed$/m);
  });

  it('shows a dash for latencies nothing measured, and fails their expectations', () => {
    const ran = folder.hostnet('run', 'late.hnet');
    assert.equal(ran.status, 1);
    assert.match(ran.stdout, /^ {2}late +0 bps +0 pps +— +— +— +0$/m);
    assert.match(ran.stdout, /^ {2}✗ late\.latency\.p99 < 1 ms {2}\(actual not measured\)$/m);
  });

  it('shows progress as plain lines when stderr is not a terminal', () => {
    const ran = folder.hostnet('run', 'checks.hnet', '--scenario', 'swept');
    assert.ok(!ran.stderr.includes('\r'), JSON.stringify(ran.stderr));
    assert.match(ran.stderr, /^swept \(2\/2 points\): 100%$/m);
  });

  it('runs every scenario without --scenario, writing a JSON array and CSV files per scenario', () => {
    const ran = folder.hostnet('run', 'checks.hnet', '--json', 'all.json', '--csv', 'tables');
    assert.equal(ran.status, 1, 'the `fails` scenario fails');
    assert.deepEqual([...ran.stdout.matchAll(/^scenario (\w+) —/gm)].map((m) => m[1]), ['holds', 'fails', 'swept']);
    const all = json('all.json') as Results[];
    assert.deepEqual(all.map((r) => [r.schema, r.scenario, r.points.length]), [
      ['hostnet.results/1', 'holds', 1],
      ['hostnet.results/1', 'fails', 1],
      ['hostnet.results/1', 'swept', 2],
    ]);
    assert.deepEqual(all[2].points.map((p) => p.params), [{ 'rpc.rate': 10e3 }, { 'rpc.rate': 30e3 }]);
    assert.match(ran.stdout, /^point 2\/2 {2}rpc\.rate=30 Kpps$/m);
    const tables = readdirSync(join(folder.dir, 'tables')).sort();
    assert.deepEqual(tables.filter((name) => name.startsWith('swept-')), ['swept-cores.csv', 'swept-stages.csv', 'swept-traffic.csv']);
    assert.equal(tables.length, 9);
    assert.match(readFileSync(join(folder.dir, 'tables', 'holds-traffic.csv'), 'utf8'), /^point,traffic,throughput_bps/);
  });

  it('writes one results object for one scenario; the same seed gives the same results, another seed others', () => {
    for (const [out, seed] of [['a.json', '5'], ['b.json', '5'], ['c.json', '6']]) {
      assert.equal(folder.hostnet('run', 'checks.hnet', '--scenario', 'holds', '--seed', seed, '--json', out).status, 0);
    }
    const [a, b, c] = ['a.json', 'b.json', 'c.json'].map((name) => json(name) as Results);
    assert.equal(a.meta.seed, 5);
    assert.deepEqual(comparable(b), comparable(a));
    assert.notDeepEqual(c.points, a.points);
  });

  it('makes the folders --json and --csv name, and says so when it cannot write', () => {
    assert.equal(folder.hostnet('run', 'checks.hnet', '--scenario', 'holds', '--json', 'out/deep/holds.json', '--csv', 'out/csv').status, 0);
    assert.equal((json('out/deep/holds.json') as Results).scenario, 'holds');
    assert.deepEqual(readdirSync(join(folder.dir, 'out', 'csv')).sort(), ['cores.csv', 'stages.csv', 'traffic.csv']);
    const ran = folder.hostnet('run', 'checks.hnet', '--scenario', 'holds', '--json', 'checks.hnet/results.json');
    assert.equal(ran.status, 2);
    assert.match(ran.stderr, /^hostnet run: cannot write the results: /m);
  });

  it('gives a sweep the same results on worker threads as on one', () => {
    folder.hostnet('run', 'checks.hnet', '--scenario', 'swept', '--workers', '1', '--json', 'one.json');
    folder.hostnet('run', 'checks.hnet', '--scenario', 'swept', '--workers', '2', '--json', 'two.json');
    assert.deepEqual((json('two.json') as Results).points, (json('one.json') as Results).points);
  });

  it('runs the default scenario of a file without one', () => {
    const ran = folder.hostnet('run', 'no-scenario.hnet', '--json', 'default.json');
    assert.equal(ran.status, 0, ran.stderr);
    assert.match(ran.stdout, /^scenario default — 1 point/);
    assert.ok((json('default.json') as Results).points[0].traffic.rpc.delivered > 0);
  });

  it('stops with a clear message and exit 2 when the file cannot run or a budget is used up', () => {
    const cases: [string[], RegExp][] = [
      [['mistakes.hnet'], /^hostnet run: cannot run mistakes\.hnet until its errors are fixed: mistakes\.hnet:3:9: .* \(and 2 more; run `hostnet check`\)$/m],
      [['checks.hnet', '--scenario', 'nope'], /^hostnet run: no scenario named `nope` in checks\.hnet \(scenarios: holds, fails, swept\)$/m],
      [['missing.hnet'], /^hostnet run: cannot read missing\.hnet/m],
      [['comments-only.hnet'], /^hostnet run: comments-only\.hnet has nothing to run: it declares no host$/m],
      [['checks.hnet', '--scenario', 'holds', '--max-events', '100'], /^hostnet run: event budget of 100 events used up at simulated .*; shorten the run or raise the budget$/m],
      [['long.hnet', '--max-seconds', '0.2'], /^hostnet run: wall-time budget of 0\.2 s used up at simulated .* of 100\.0 s; shorten the run or raise the budget$/m],
    ];
    for (const [args, message] of cases) {
      const ran = folder.hostnet('run', ...args);
      assert.equal(ran.status, 2, args.join(' '));
      assert.match(ran.stderr, message);
      assert.equal(ran.stdout, '', args.join(' '));
    }
  });

  it('answers a wrong call with its usage and exit 2', () => {
    const cases: [string[], RegExp][] = [
      [[], /no file given/],
      [['checks.hnet', 'no-scenario.hnet'], /give one file/],
      [['.'], /\. is a folder: give one \.hnet file/],
      [['checks.hnet', '--sede', '3'], /unknown option --sede/],
      [['checks.hnet', '--seed', 'x'], /--seed must be a whole number, 0 or more, got `x`/],
      [['checks.hnet', '--workers', '1.5'], /--workers must be a positive whole number, got `1\.5`/],
      [['checks.hnet', '--max-events', '0'], /--max-events must be a positive whole number, got `0`/],
      [['checks.hnet', '--max-seconds', '-1'], /--max-seconds must be a number, 0 or more, got `-1`/],
      [['checks.hnet', '--json'], /--json needs a value/],
    ];
    for (const [args, message] of cases) {
      const ran = folder.hostnet('run', ...args);
      assert.equal(ran.status, 2, args.join(' '));
      assert.match(ran.stderr, message);
      assert.match(ran.stderr, /\nusage: hostnet run FILE /);
    }
  });
});
