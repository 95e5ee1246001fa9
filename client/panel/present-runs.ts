// Puts runs into the results panel: the run's scenarios, the previous run of
// the same scenario as the comparison baseline, and the file's topology; and
// a run's progress while the panel is open.
import type * as vscode from 'vscode';
import type { RunHistory, RunRecord } from '../runs/history';
import type { RunService } from '../runs/run-service';
import type { ShowMessage, Topology } from '../webview/protocol';
import type { ResultsPanel } from './results-panel';

export class RunPresenter implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly panel: ResultsPanel,
    private readonly history: RunHistory,
    private readonly topology: (uri: string) => Promise<Topology | undefined>,
    runs: RunService,
  ) {
    this.disposables = [
      runs.onDidStart(() => this.panel.progress(0, 'Starting the run…')),
      runs.onDidProgress(({ fraction, message }) => this.panel.progress(fraction, message)),
      runs.onDidFinish(({ outcome, panel }) => {
        if (outcome.kind === 'untrusted') return;
        if (outcome.records.length > 0) void this.show(outcome.records, { onlyIfOpen: panel === 'if-open' });
        else this.panel.progress(1);
      }),
    ];
  }

  /** Shows runs of one file (in run order), compared with the run before the first of them. */
  async show(records: readonly RunRecord[], options: { onlyIfOpen?: boolean; view?: ShowMessage['view']; baseline?: RunRecord } = {}): Promise<void> {
    const first = records[0];
    if (!first) return;
    const baseline = options.baseline ?? this.history.previous(first);
    this.panel.show(
      {
        type: 'show',
        results: records.map((record) => record.results),
        baseline: baseline?.results,
        topology: await this.topology(first.uri),
        file: first.uri,
        view: options.view,
      },
      { onlyIfOpen: options.onlyIfOpen },
    );
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
