// The bundle entry of the language server (dist/server.js). The extension
// starts it over IPC, other editors over stdio (`--stdio`); the transport is
// chosen from the process arguments. Loaded in a worker thread, the same
// bundle runs simulations for the server (run-worker.ts).
import { isMainThread } from 'node:worker_threads';
import { serveRunRequests } from './run-worker';
import { startServer } from './server';

if (isMainThread) startServer();
else serveRunRequests();
