// The bundle entry of the language server (dist/server.js). The extension
// starts it over IPC, other editors over stdio (`--stdio`); the transport is
// chosen from the process arguments. Loaded in a worker thread, the same
// bundle checks files (analysis-worker.ts) or runs simulations
// (run-worker.ts) for the server, as workerData says (worker-entry.ts).
import { isMainThread, workerData } from 'node:worker_threads';
import { serveAnalysis } from './analysis-worker';
import { serveRunRequests } from './run-worker';
import { startServer } from './server';
import type { WorkerRole } from './worker-entry';

const role = (workerData as { role?: WorkerRole } | null)?.role;
if (isMainThread) startServer();
else if (role === 'analysis') serveAnalysis();
else serveRunRequests();
