// The bundle entry of the language server (dist/server.js). The extension
// starts it over IPC, other editors over stdio (`--stdio`); the transport is
// chosen from the process arguments.
import { startServer } from './server';

startServer();
