// Runs one sweep point (all its replications) in slices of events, so a
// caller can check cancellation, budgets and progress between slices.
import { BudgetExceeded } from './errors';
import { Plan } from './engine/plan';
import { Simulation } from './engine/simulation';
import { toSeconds } from './engine/time';
import { Metrics } from './metrics/collector';
import { buildPointResult } from './metrics/point-result';
import type { SystemModel } from './model';
import type { PointResult } from './results';

/** Events per slice between checks of the signal, budget and progress. */
export const SLICE_EVENTS = 65536;
/** Slices without simulated time moving before the run is declared stuck. */
const STALLED_SLICES = 200;

export interface Budget {
  maxEvents?: number;
  maxWallSeconds?: number;
  /** Seconds of `maxWallSeconds` already used before this run started (by earlier points of its scenario). */
  wallUsedBefore?: number;
}

export class PointRun {
  private readonly plan: Plan;
  private readonly metrics: Metrics;
  private readonly budget: Budget;
  private readonly startedAt = performance.now();
  private simulation: Simulation;
  private replication = 0;
  private eventsBefore = 0;
  private stalledSlices = 0;
  private lastNow = -1;

  constructor(model: SystemModel, budget: Budget = {}) {
    this.plan = new Plan(model);
    this.metrics = new Metrics(this.plan);
    this.budget = budget;
    this.simulation = new Simulation(this.plan, this.metrics, model.run.seed);
  }

  get replications(): number {
    return Math.max(1, Math.floor(this.plan.model.run.repeat) || 1);
  }

  /** Events simulated so far over all replications. */
  get events(): number {
    return this.eventsBefore + this.simulation.events;
  }

  /** Fraction of the point done, 0..1. */
  get progress(): number {
    return Math.min(1, (this.replication + this.simulation.progress) / this.replications);
  }

  /** Simulates up to one slice of events; returns true when the point is done. Throws BudgetExceeded. */
  step(): boolean {
    const sim = this.simulation;
    // Never past the event budget by more than the one event that shows the point needs more.
    const maxEvents = this.budget.maxEvents;
    const slice = maxEvents === undefined ? SLICE_EVENTS : Math.max(1, Math.min(SLICE_EVENTS, maxEvents - this.events + 1));
    if (sim.run(slice)) {
      this.replication++;
      if (this.replication >= this.replications) return true;
      this.eventsBefore += sim.events;
      this.simulation = new Simulation(this.plan, this.metrics, this.plan.model.run.seed + this.replication);
      return false;
    }
    this.check();
    return false;
  }

  result(): PointResult {
    return buildPointResult(this.metrics);
  }

  private check(): void {
    const sim = this.simulation;
    const where = `at simulated ${formatSeconds(toSeconds(sim.now))} of ${formatSeconds(toSeconds(this.plan.endPs))}`;
    const { maxEvents, maxWallSeconds } = this.budget;
    if (maxEvents !== undefined && this.events > maxEvents) {
      throw new BudgetExceeded(`event budget of ${maxEvents} events used up ${where}; shorten the run or raise the budget`);
    }
    if (maxWallSeconds !== undefined && (this.budget.wallUsedBefore ?? 0) + (performance.now() - this.startedAt) / 1000 >= maxWallSeconds) {
      throw new BudgetExceeded(`wall-time budget of ${maxWallSeconds} s used up ${where}; shorten the run or raise the budget`);
    }
    this.stalledSlices = sim.now === this.lastNow ? this.stalledSlices + 1 : 0;
    this.lastNow = sim.now;
    if (this.stalledSlices >= STALLED_SLICES) {
      throw new BudgetExceeded(`simulated time stopped moving ${where}: ${STALLED_SLICES * SLICE_EVENTS} events at one instant`);
    }
  }
}

function formatSeconds(seconds: number): string {
  if (seconds >= 1) return `${seconds.toPrecision(4)} s`;
  if (seconds >= 1e-3) return `${(seconds * 1e3).toPrecision(4)} ms`;
  return `${(seconds * 1e6).toPrecision(4)} µs`;
}
