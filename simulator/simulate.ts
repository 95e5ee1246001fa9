// simulate(): one sweep point, synchronously, on the calling thread.
import { SimulationAborted } from './errors';
import type { SystemModel } from './model';
import type { PointResult } from './results';
import { PointRun, type Budget } from './run-point';

export interface SimulateOptions {
  signal?: AbortSignal;
  /** Called about every 64k events with the fraction done, 0..1. */
  onProgress?: (fraction: number) => void;
  budget?: Budget;
}

export function simulate(model: SystemModel, options: SimulateOptions = {}): PointResult {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw new SimulationAborted();
  const run = new PointRun(model, options.budget);
  while (!run.step()) {
    if (signal?.aborted) throw new SimulationAborted();
    onProgress?.(run.progress);
  }
  onProgress?.(1);
  return run.result();
}
