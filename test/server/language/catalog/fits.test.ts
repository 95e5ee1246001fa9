import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CALIBRATION_FITS, FIT_FREQUENCY, chainCycles } from '../../../../server/language/catalog/fits';
import { propertySpec, stageBehaviour, stageKind, isLiteral } from '../../../../server/language/catalog';

test('stage costs reproduce the per-packet figures of calibration.md within 1%', () => {
  for (const fit of CALIBRATION_FITS) {
    const seconds = chainCycles(fit.stack, fit.stages, fit.frameBytes) / FIT_FREQUENCY;
    assert.ok(Math.abs(seconds / fit.targetSeconds - 1) < 0.01, `${fit.name}: ${seconds * 1e9} ns vs ${fit.targetSeconds * 1e9} ns`);
  }
});

test('the packet-rate ladder keeps the ratios of calibration.md trend check 4', () => {
  const mpps = (name: string) => {
    const fit = CALIBRATION_FITS.find((f) => f.name === name)!;
    return FIT_FREQUENCY / chainCycles(fit.stack, fit.stages, fit.frameBytes) / 1e6;
  };
  const dpdk = mpps('DPDK drop');
  const xdp = mpps('XDP drop');
  const kernel = mpps('kernel early drop (iptables raw)');
  assert.ok(dpdk / xdp >= 1.5 && dpdk / xdp <= 2.2, `DPDK/XDP ${dpdk / xdp}`);
  assert.ok(xdp / kernel >= 4 && xdp / kernel <= 6, `XDP/kernel ${xdp / kernel}`);
});

test('a receiver copy costs ≈8 GB/s out of cache and 0.1 ns per byte at Cai\'s 49% LLC miss rate, at 3 GHz', () => {
  const socket = stageBehaviour(stageKind('socket')!, 'kernel');
  const miss = propertySpec('cpu', 'miss_cost')!.default!;
  assert.ok(isLiteral(miss));
  const perByte = (missRate: number) => socket.cyclesPerByte + missRate * (miss.value as number);
  const outOfCacheGBps = FIT_FREQUENCY / perByte(1) / 1e9;
  assert.ok(outOfCacheGBps >= 7.5 && outOfCacheGBps <= 8.5, `${outOfCacheGBps} GB/s`);
  const nsPerByte = (perByte(0.49) / FIT_FREQUENCY) * 1e9;
  assert.ok(Math.abs(nsPerByte - 0.1) < 0.001, `${nsPerByte} ns/B`);
});
