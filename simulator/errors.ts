// Errors a run can end with. Each carries a message meant for the person
// who wrote the model.

/** The model is inconsistent in a way validation did not catch. */
export class ModelError extends Error {
  override name = 'ModelError';
}

/** The run was cancelled through its AbortSignal. */
export class SimulationAborted extends Error {
  override name = 'SimulationAborted';
  constructor(message = 'simulation cancelled') {
    super(message);
  }
}

/** The run hit its event or wall-time budget before the simulated time was up. */
export class BudgetExceeded extends Error {
  override name = 'BudgetExceeded';
}

/** More packets were in flight at once than the engine will hold. */
export class CapacityExceeded extends Error {
  override name = 'CapacityExceeded';
}
