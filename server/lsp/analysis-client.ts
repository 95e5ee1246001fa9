// The server's side of the analysis worker: feeds it texts and asks it to
// check files, as the diagnostics publisher's source. Should the worker fail,
// checks fall back to this thread so diagnostics keep coming.
import { Worker } from 'node:worker_threads';
import type { AnalysisAnswer, AnalysisRequest } from './analysis-worker';
import type { CheckedFile, DiagnosticSource } from './diagnostics';
import type { Session } from './session';
import { workerEntry } from './worker-entry';

type Pending = { resolve: (answer: AnalysisAnswer) => void; reject: (error: Error) => void };

export class AnalysisClient implements DiagnosticSource {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly session: Session) {
    try {
      const entry = workerEntry('analysis');
      const worker = new Worker(entry.script, entry.options);
      worker.on('message', (answer: AnalysisAnswer) => {
        const waiting = this.pending.get(answer.id);
        this.pending.delete(answer.id);
        waiting?.resolve(answer);
      });
      const failed = (reason: string) => this.fallBack(reason);
      worker.on('error', (error) => failed(error.message));
      worker.on('exit', (code) => failed(`exit code ${code}`));
      this.worker = worker;
    } catch {
      this.worker = undefined;
    }
  }

  /** A file's text as the server has it now (open document or workspace file). */
  update(uri: string, text: string, version?: number): void {
    this.post({ kind: 'text', uri, text, version });
  }

  /** The worker reads the file from disk again (closed document) or learns it is gone. */
  forget(uri: string): void {
    this.post({ kind: 'forget', uri });
  }

  async check(uri: string): Promise<CheckedFile | undefined> {
    if (!this.session.reports(uri)) return undefined;
    if (!this.worker) return this.session.check(uri);
    const answer = await this.ask({ kind: 'check', id: this.nextId++, uri }).catch(() => undefined);
    if (answer?.kind === 'checked') return answer.checked;
    if (answer?.kind === 'error') throw new Error(answer.message);
    return this.session.check(uri);
  }

  async dependents(uri: string): Promise<string[]> {
    if (!this.worker) return this.session.dependents(uri);
    const answer = await this.ask({ kind: 'dependents', id: this.nextId++, uri }).catch(() => undefined);
    return answer?.kind === 'dependents' ? answer.dependents : this.session.dependents(uri);
  }

  version(uri: string): number | undefined {
    return this.session.version(uri);
  }

  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    this.rejectPending('the analysis worker was stopped');
  }

  private post(message: AnalysisRequest): void {
    this.worker?.postMessage(message);
  }

  private ask(message: Extract<AnalysisRequest, { id: number }>): Promise<AnalysisAnswer> {
    return new Promise((resolve, reject) => {
      this.pending.set(message.id, { resolve, reject });
      this.worker!.postMessage(message);
    });
  }

  private fallBack(reason: string): void {
    if (!this.worker) return;
    this.worker = undefined;
    this.rejectPending(`the analysis worker stopped (${reason})`);
  }

  private rejectPending(message: string): void {
    for (const waiting of this.pending.values()) waiting.reject(new Error(message));
    this.pending.clear();
  }
}
