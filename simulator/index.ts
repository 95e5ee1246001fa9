// The simulator's public API. It knows nothing of syntax or editors: it runs
// SystemModels and returns Results (`hostnet.results/1`).
export { simulate, type SimulateOptions } from './simulate';
export { runScenario, type ScenarioOptions } from './scenario';
export { WorkerPool } from './worker-pool';
export type { Budget } from './run-point';
export { BudgetExceeded, CapacityExceeded, ModelError, SimulationAborted } from './errors';
export { toCsv, type CsvTable } from './export/csv';
export { metricValue } from './metrics/expects';
export type * from './model';
export type * from './results';
export { RESULTS_SCHEMA } from './results';
