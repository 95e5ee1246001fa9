// A research system as tests and `npm run reproduce` see it: how to measure
// it (one set of simulations, shared by every claim), the claims with their
// tolerances, and the charts that put the paper's figure beside ours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChartData } from './charts';

export interface Verdict {
  /** What we measured, in words with numbers (`42.1 Gbps, core 0 at 100%`). */
  measured: string;
  holds: boolean;
}

export interface Claim<M> {
  /** Short, unique within the system. */
  id: string;
  /** The calibration.md §2 trend check this is, if any. */
  check?: number;
  /** What the paper (or the trend check) says. */
  claim: string;
  /** The tolerance we test, in words. */
  target: string;
  evaluate(measurements: M): Verdict;
  /**
   * Why the claim does not hold yet, when it does not. Such a test is marked
   * `todo` with the measured value: CI stays green, the gap stays visible.
   */
  gap?: string;
}

export interface ResearchSystem<M> {
  /** Short name, also the chart file prefix (`falcon`). */
  id: string;
  title: string;
  paper: string;
  /** The example file that models it (in examples/). */
  example: string;
  measure(): Promise<M>;
  claims: Claim<M>[];
  charts(measurements: M): ChartData[];
}

/** A system measured and judged, for docs/reproductions.md. */
export interface Report {
  system: Omit<ResearchSystem<unknown>, 'measure' | 'claims' | 'charts'>;
  verdicts: { id: string; check?: number; claim: string; target: string; gap?: string; verdict: Verdict }[];
  charts: ChartData[];
  seconds: number;
}

/** Measures `system` and evaluates every claim and chart on the measurements. */
export async function report<M>(system: ResearchSystem<M>): Promise<Report> {
  const started = performance.now();
  const measurements = await system.measure();
  const { id, title, paper, example } = system;
  return {
    system: { id, title, paper, example },
    verdicts: system.claims.map((c) => ({ id: c.id, check: c.check, claim: c.claim, target: c.target, gap: c.gap, verdict: c.evaluate(measurements) })),
    charts: system.charts(measurements),
    seconds: (performance.now() - started) / 1000,
  };
}

/** Registers one node:test test per claim; the system is measured once, when the first test runs. */
export function registerClaims<M>(system: ResearchSystem<M>): void {
  let measured: Promise<M> | undefined;
  const measurements = () => (measured ??= system.measure());
  for (const claim of system.claims) {
    const label = `${system.id}: ${claim.id}${claim.check ? ` (trend check ${claim.check})` : ''}`;
    test(label, async (t) => {
      const verdict = claim.evaluate(await measurements());
      if (claim.gap) t.todo(`${claim.gap} — measured ${verdict.measured}`);
      assert.ok(verdict.holds, `${claim.claim}: wanted ${claim.target}, measured ${verdict.measured}`);
    });
  }
}

/** `a` relative to `b` as a signed percentage change, for messages. */
export function change(a: number, b: number): string {
  const pct = Math.round((a / b - 1) * 100);
  return `${pct >= 0 ? '+' : '−'}${Math.abs(pct)}%`;
}

export const gbps = (bps: number): string => `${(bps / 1e9).toFixed(1)} Gbps`;
export const mpps = (pps: number): string => `${(pps / 1e6).toFixed(2)} Mpps`;
export const micros = (s: number): string => `${(s * 1e6).toFixed(1)} µs`;
export const percent = (x: number): string => `${(x * 100).toFixed(0)}%`;
export const times = (x: number): string => `${x.toFixed(2)}×`;

export function between(x: number, low: number, high: number): boolean {
  return x >= low && x <= high;
}

/**
 * Each value at least (or, with `direction = -1`, at most) the one before
 * it, allowing `slack` (a fraction of the earlier value) for points that are
 * equal but for simulation noise.
 */
export function monotonic(values: readonly number[], direction: 1 | -1, slack = 0.01): boolean {
  return values.every((v, i) => i === 0 || (v - values[i - 1]) * direction >= -slack * Math.abs(values[i - 1]));
}
