import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatBandwidth, formatCount, formatPacketRate, formatParam, formatPercent, formatPlain, formatTime, formatValue, metricKind } from '../../../client/webview/format';

test('times, bandwidths and packet rates read with the language units', () => {
  assert.equal(formatTime(1.23e-5), '12.3 µs');
  assert.equal(formatTime(4.5e-8), '45 ns');
  assert.equal(formatTime(0.0021), '2.1 ms');
  assert.equal(formatBandwidth(9.87e9), '9.87 Gbps');
  assert.equal(formatPacketRate(1.2e6), '1.2 Mpps');
  assert.equal(formatPacketRate(2e5), '200 Kpps');
});

test('counts get separators, fractions become percent', () => {
  assert.equal(formatCount(1234567), '1,234,567');
  assert.equal(formatPercent(0.1234), '12.3%');
  assert.equal(formatPercent(0.0012), '0.12%');
  assert.equal(formatPercent(0), '0%');
});

test('missing values (null from NaN in JSON, undefined, infinities) show a dash', () => {
  for (const kind of ['time', 'bandwidth', 'count', 'fraction'] as const) {
    assert.equal(formatValue(null, kind), '—');
    assert.equal(formatValue(undefined, kind), '—');
    assert.equal(formatValue(Number.NaN, kind), '—');
    assert.equal(formatValue(Number.POSITIVE_INFINITY, kind), '—');
  }
});

test('metric paths say how their values read', () => {
  assert.equal(metricKind('rpc.latency.p99'), 'time');
  assert.equal(metricKind('bulk.throughput'), 'bandwidth');
  assert.equal(metricKind('bulk.pps'), 'packetRate');
  assert.equal(metricKind('bulk.loss'), 'fraction');
  assert.equal(metricKind('sut.core[2].util'), 'fraction');
  assert.equal(metricKind('sut.cpu.util'), 'fraction');
  assert.equal(metricKind('overlay.vxlan.wait'), 'time');
  assert.equal(metricKind('bulk.drops'), 'count');
  assert.equal(metricKind('overlay.vxlan.share'), 'fraction');
  assert.equal(metricKind('sut.llc.miss'), 'fraction');
});

test('sweep parameters: in the unit kind the results record, else a prefixed number', () => {
  const units = { 'sut.eth0.speed': 'bandwidth', 'sut.eth0.coalesce': 'time', 'bulk.rate': 'packetRate' };
  assert.equal(formatParam('sut.eth0.speed', 1e11, units), '100 Gbps');
  assert.equal(formatParam('sut.eth0.coalesce', 8e-6, units), '8 µs');
  assert.equal(formatParam('bulk.rate', 4e6, units), '4 Mpps');
  assert.equal(formatParam('bulk.rate', 4e10), '40G');
  assert.equal(formatParam('overlay.priority', 'prism'), 'prism');
  assert.equal(formatPlain(0.5), '0.5');
  assert.equal(formatPlain(1500), '1.5K');
});
