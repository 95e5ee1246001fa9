import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UNITS, UNIT_TEXTS, formatRange, formatSI, toSI, unitsOfKind } from '../../../../server/language/catalog/units';

test('every unit of DESIGN §2 converts to SI', () => {
  const cases: [number, string, number][] = [
    [1, 'ns', 1e-9], [8, 'us', 8e-6], [8, 'µs', 8e-6], [2, 'ms', 2e-3], [1, 's', 1],
    [64, 'B', 64], [1, 'KB', 1e3], [1, 'MB', 1e6], [1, 'GB', 1e9], [1, 'KiB', 1024], [32, 'MiB', 32 * 2 ** 20], [1, 'GiB', 2 ** 30],
    [1, 'bps', 1], [1, 'Kbps', 1e3], [1, 'Mbps', 1e6], [100, 'Gbps', 1e11], [1, 'Tbps', 1e12],
    [1, 'pps', 1], [200, 'Kpps', 2e5], [1, 'Mpps', 1e6],
    [1, 'Hz', 1], [1, 'KHz', 1e3], [1, 'MHz', 1e6], [3, 'GHz', 3e9],
    [500, 'cycles', 500], [0.3, 'cycles/B', 0.3], [0.1, 'ns/B', 1e-10], [80, '%', 0.8],
  ];
  for (const [value, unit, si] of cases) assert.ok(Math.abs(toSI(value, unit)! - si) <= Math.abs(si) * 1e-12, unit);
  assert.equal(UNITS.size, cases.length);
  assert.equal(toSI(1, 'Ghz'), undefined);
});

test('units are case-sensitive and listed longest first for the lexer', () => {
  assert.equal(UNITS.get('gbps'), undefined);
  assert.ok(UNIT_TEXTS.indexOf('cycles/B') < UNIT_TEXTS.indexOf('cycles'));
  for (let i = 1; i < UNIT_TEXTS.length; i++) assert.ok(UNIT_TEXTS[i - 1].length >= UNIT_TEXTS[i].length);
});

test('units group by kind', () => {
  assert.deepEqual(unitsOfKind('time').map((u) => u.text), ['ns', 'us', 'µs', 'ms', 's']);
  assert.deepEqual(unitsOfKind('packetRate').map((u) => u.text), ['pps', 'Kpps', 'Mpps']);
});

test('formatSI picks a readable unit', () => {
  assert.equal(formatSI(1.2e-5, 'time'), '12 µs');
  assert.equal(formatSI(1e11, 'bandwidth'), '100 Gbps');
  assert.equal(formatSI(148.8e6, 'packetRate'), '148.8 Mpps');
  assert.equal(formatSI(0.83, 'percent'), '83 %');
  assert.equal(formatSI(0, 'time'), '0 ns');
  assert.equal(formatSI(Infinity, 'time'), 'Infinity');
});

test('a value nothing measured (NaN) reads as a dash, alone or among sweep points', () => {
  const time = (v: number) => formatSI(v, 'time');
  assert.equal(formatSI(NaN, 'time'), '—');
  assert.equal(formatRange([2e-5, NaN, 3e-5], time), '20 µs–30 µs');
  assert.equal(formatRange([2e-5, 2e-5], time), '20 µs');
  assert.equal(formatRange([NaN], time), '—');
});
