import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulate, toCsv } from '../../../simulator/index';
import { RESULTS_SCHEMA, type Results } from '../../../simulator/results';
import { chain, model, stage, traffic } from '../model-builder';

function results(): Results {
  const points = [1e6, 2e6].map((rate) => simulate(model({
    params: { 'a,b.rate': rate, mode: 'x "y"' },
    chains: [chain('rx', [stage('driver'), stage('ip', { queueBefore: 'backlog' })])],
    traffic: [traffic('t', { rate: { unit: 'pps', value: rate } }), traffic('u')],
  })));
  return { schema: RESULTS_SCHEMA, scenario: 's', points, meta: { seed: 1, events: 0, wallSeconds: 0, version: '0' } };
}

test('one CSV per table, a row per point and item, parameters quoted when needed', () => {
  const tables = toCsv(results());
  assert.deepEqual(tables.map((table) => table.name), ['traffic.csv', 'cores.csv', 'stages.csv']);
  const [traffic, cores, stages] = tables.map((table) => table.text.trimEnd().split('\n'));
  assert.ok(traffic[0].startsWith('point,"a,b.rate",mode,traffic,throughput_bps,'));
  assert.equal(traffic.length, 1 + 2 * 2);
  assert.ok(traffic[1].startsWith('0,1000000,"x ""y""",t,'));
  assert.equal(cores.length, 1 + 2 * 8);
  assert.ok(cores[0].includes('ctx:idle-poll') && cores[0].includes('stage:rx.driver'));
  assert.equal(stages.length, 1 + 2 * 2);
});
