// Worker entry for the analyze benchmark: the loop inside a worker thread
// with the language server's analysis-worker resource limits.
import { parentPort, workerData } from 'node:worker_threads';
import { Workspace } from '../server/language/workspace';
import { measureAnalyze } from './analyze-loop';

parentPort!.postMessage(measureAnalyze(Workspace, workerData as string));
