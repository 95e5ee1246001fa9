// Runs scenarios through the language server's `hostnet/run`: one run at a
// time (a new run, Stop, the progress's Cancel button, the caller's token or
// the time budget cancels the request, and the server then stops its worker),
// with progress, in trusted workspaces only. Every finished scenario goes
// into the history; listeners (status bar, panel, inline results, tests)
// hear of each run's start, progress and end.
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import { RunRequest, type RunParams } from '../../server/lsp/protocol';
import type { Results } from '../../simulator/results';
import { readSettings, type Settings } from '../settings';
import { ensureTrusted } from './trust';
import type { RunHistory, RunRecord } from './history';

/**
 * `hostnet/run` params with the run settings. `workers` and `budget` are
 * additions the server does not declare yet (server/lsp/protocol.ts); it may
 * ignore them, and the client enforces the time budget itself as well.
 */
export interface HostnetRunParams extends RunParams {
  /** Worker threads for sweep points; absent: one per CPU. */
  workers?: number;
  budget?: { maxWallSeconds?: number };
}

/** Where a run's progress shows: a notification with Cancel, the status bar, or nowhere. */
export type ProgressPlace = 'notification' | 'window' | 'none';

export interface RunOptions {
  uri: vscode.Uri;
  /** Scenario names in run order; `undefined` runs the file's first (or default) scenario. */
  scenarios: (string | undefined)[];
  progress: ProgressPlace;
  /** Cancels the run too (Stop and a newer run always do). */
  token?: vscode.CancellationToken;
  /** How the results panel takes the run: brought to the front, or updated only when open. */
  panel: 'reveal' | 'if-open';
}

export type RunOutcome =
  | { kind: 'done'; records: RunRecord[] }
  | { kind: 'cancelled'; records: RunRecord[] }
  | { kind: 'failed'; records: RunRecord[]; message: string }
  | { kind: 'untrusted' };

export interface RunStarted {
  uri: vscode.Uri;
  title: string;
  panel: RunOptions['panel'];
}

export interface RunProgress {
  /** 0..1 over all the run's scenarios. */
  fraction: number;
  message?: string;
}

export interface RunFinished extends RunStarted {
  outcome: RunOutcome;
}

export class RunService implements vscode.Disposable {
  private current: vscode.CancellationTokenSource | undefined;
  private readonly started = new vscode.EventEmitter<RunStarted>();
  private readonly progressed = new vscode.EventEmitter<RunProgress>();
  private readonly finished = new vscode.EventEmitter<RunFinished>();
  readonly onDidStart = this.started.event;
  readonly onDidProgress = this.progressed.event;
  readonly onDidFinish = this.finished.event;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    readonly history: RunHistory,
    private readonly saveHistory: (history: RunHistory) => void,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  get running(): boolean {
    return this.current !== undefined;
  }

  /** Cancels the run in progress, if any. */
  stop(): void {
    this.current?.cancel();
  }

  async run(options: RunOptions): Promise<RunOutcome> {
    if (!ensureTrusted()) return { kind: 'untrusted' };
    const client = this.client();
    if (!client) return { kind: 'failed', records: [], message: 'the hostnet language server is not running (see the hostnet output)' };

    this.current?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.current = source;
    void vscode.commands.executeCommand('setContext', 'hostnet.running', true);
    const linked = options.token?.onCancellationRequested(() => source.cancel());
    const settings = readSettings(options.uri);
    let overBudget = false;
    const budgetTimer =
      settings.budgetSeconds > 0 ? setTimeout(() => ((overBudget = true), source.cancel()), settings.budgetSeconds * 1000) : undefined;

    const named = options.scenarios.filter((s): s is string => s !== undefined);
    const file = options.uri.path.slice(options.uri.path.lastIndexOf('/') + 1);
    const start: RunStarted = {
      uri: options.uri,
      panel: options.panel,
      title: `hostnet: running ${named.length === 1 ? named[0] : named.length > 1 ? `${named.length} scenarios of ${file}` : file}`,
    };
    this.started.fire(start);
    this.output.info(`${start.title} (${file})`);

    const batch = this.history.startBatch();
    const records: RunRecord[] = [];
    let outcome: RunOutcome;
    try {
      await this.withProgress(options.progress, start.title, source, async (report) => {
        const count = options.scenarios.length;
        for (const [index, scenario] of options.scenarios.entries()) {
          if (source.token.isCancellationRequested) break;
          const results = await this.runOne(client, options.uri, scenario, settings, source.token, (percent, message) =>
            report((index + percent / 100) / count, message),
          );
          records.push(this.history.add(batch, options.uri.toString(), results));
          this.output.info(`${results.scenario}: ${results.points.length} point(s), ${results.meta.events} events in ${results.meta.wallSeconds.toFixed(2)} s`);
        }
      });
      outcome = source.token.isCancellationRequested ? this.stopped(records, overBudget, settings) : { kind: 'done', records };
    } catch (error) {
      outcome = source.token.isCancellationRequested
        ? this.stopped(records, overBudget, settings)
        : { kind: 'failed', records, message: error instanceof Error ? error.message : String(error) };
    } finally {
      clearTimeout(budgetTimer);
      linked?.dispose();
      source.dispose();
      if (this.current === source) {
        this.current = undefined;
        void vscode.commands.executeCommand('setContext', 'hostnet.running', false);
      }
    }
    if (outcome.kind === 'failed') this.output.error(`the run failed: ${outcome.message}`);
    if (outcome.kind === 'cancelled') this.output.info('the run was stopped');
    if (records.length > 0) {
      this.saveHistory(this.history);
      void vscode.commands.executeCommand('setContext', 'hostnet.hasResults', true);
    }
    this.finished.fire({ ...start, outcome });
    return outcome;
  }

  private stopped(records: RunRecord[], overBudget: boolean, settings: Settings): RunOutcome {
    if (!overBudget) return { kind: 'cancelled', records };
    return {
      kind: 'failed',
      records,
      message: `stopped after ${settings.budgetSeconds} s, the run budget (setting hostnet.run.budgetSeconds)`,
    };
  }

  private async runOne(
    client: LanguageClient,
    uri: vscode.Uri,
    scenario: string | undefined,
    settings: Settings,
    token: vscode.CancellationToken,
    report: (percent: number, message?: string) => void,
  ): Promise<Results> {
    const workDoneToken = randomUUID();
    const listening = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
      if (value.kind !== 'end') report(value.percentage ?? 0, value.message);
    });
    const params: HostnetRunParams = { uri: uri.toString(), scenario, workDoneToken };
    if (settings.workers > 0) params.workers = settings.workers;
    if (settings.budgetSeconds > 0) params.budget = { maxWallSeconds: settings.budgetSeconds };
    try {
      return await client.sendRequest(RunRequest, params, token);
    } finally {
      listening.dispose();
    }
  }

  private async withProgress(
    place: ProgressPlace,
    title: string,
    source: vscode.CancellationTokenSource,
    work: (report: (fraction: number, message?: string) => void) => Promise<void>,
  ): Promise<void> {
    const toListeners = (fraction: number, message?: string) => this.progressed.fire({ fraction: Math.min(1, Math.max(0, fraction)), message });
    if (place === 'none') return work(toListeners);
    const location = place === 'notification' ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    await vscode.window.withProgress({ location, title, cancellable: place === 'notification' }, async (progress, token) => {
      token.onCancellationRequested(() => source.cancel());
      let shown = 0;
      await work((fraction, message) => {
        toListeners(fraction, message);
        const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
        progress.report({ increment: Math.max(0, percent - shown), message });
        shown = Math.max(shown, percent);
      });
    });
  }

  dispose(): void {
    this.current?.cancel();
    this.started.dispose();
    this.progressed.dispose();
    this.finished.dispose();
  }
}
