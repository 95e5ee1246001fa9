// Messages between the worker pool and its workers.
import type { SystemModel } from './model';
import type { PointResult } from './results';
import type { Budget } from './run-point';

export interface WorkerJob {
  index: number;
  model: SystemModel;
  budget: Budget;
}

export type WorkerReply =
  | { kind: 'progress'; index: number; fraction: number }
  | { kind: 'result'; index: number; result: PointResult }
  | { kind: 'error'; index: number; name: string; message: string };
