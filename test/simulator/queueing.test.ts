// The ideal cases must agree with queueing theory (DESIGN §3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulate } from '../../simulator/index';
import type { PointResult } from '../../simulator/results';
import { tandem } from './model-builder';

const MU = 1e6; // service rate: 1 µs per packet
const PACKETS = 200000;

function within(actual: number, expected: number, tolerance: number, what: string): void {
  const error = Math.abs(actual - expected) / expected;
  assert.ok(error <= tolerance, `${what}: ${actual} vs ${expected} (${(error * 100).toFixed(2)}% off)`);
}

function sojourn(result: PointResult, stage: string): number {
  const measured = result.stages[`rx.${stage}`];
  return measured.wait.mean + measured.service.mean;
}

for (const rho of [0.5, 0.8]) {
  test(`M/M/1 at ρ = ${rho}: W = 1/(μ−λ) within 2%`, () => {
    const lambda = rho * MU;
    const result = simulate(tandem({ n: 1, serviceSeconds: 1 / MU, rate: lambda, packets: PACKETS }));
    const expected = 1 / (MU - lambda);
    within(sojourn(result, 's0'), expected, 0.02, 'stage sojourn');
    // End to end adds only the 64 B frame's serialization at 10 Tbps.
    within(result.traffic.load.latency.mean, expected, 0.02, 'end-to-end latency');
    within(result.stages['rx.s0'].service.mean, 1 / MU, 0.01, 'mean service');
  });

  test(`M/D/1 at ρ = ${rho}: W = 1/μ + ρ/(2μ(1−ρ)) within 2%`, () => {
    const lambda = rho * MU;
    const result = simulate(tandem({ n: 1, serviceSeconds: 1 / MU, rate: lambda, packets: PACKETS, dist: 'fixed' }));
    within(sojourn(result, 's0'), 1 / MU + rho / (2 * MU * (1 - rho)), 0.02, 'stage sojourn');
  });
}

test('a tandem of three M/M/1 queues on their own cores sums their sojourns (Burke)', () => {
  const lambda = 0.7 * MU;
  const result = simulate(tandem({ n: 3, serviceSeconds: 1 / MU, rate: lambda, packets: PACKETS }));
  const each = 1 / (MU - lambda);
  for (const stage of ['s0', 's1', 's2']) within(sojourn(result, stage), each, 0.03, stage);
  within(result.traffic.load.latency.mean, 3 * each, 0.02, 'end-to-end latency');
  // Each stage ran on its own core, busy λ/μ of the time.
  for (let core = 0; core < 3; core++) within(result.cores[core].util, 0.7, 0.02, `core ${core} utilisation`);
});

test("Little's law: time-average packets in the system = throughput × mean latency", () => {
  const result = simulate(tandem({ n: 2, serviceSeconds: 1 / MU, rate: 0.6 * MU, packets: 100000 }));
  const load = result.traffic.load;
  within(load.inSystem ?? NaN, load.pps * load.latency.mean, 0.02, 'L = λW');
});
