// The status bar item: a spinner and "Stop" while a run is in progress, then
// the latest run's summary (click: open its results). Shown while a hostnet
// file is in the active editor, or once there is something to report.
import * as vscode from 'vscode';
import { statusSummary } from './present/status';
import type { RunService } from './runs/run-service';
import { LANGUAGE_ID } from './language-client';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('hostnet.status', vscode.StatusBarAlignment.Left, 10);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private hasNews = false;

  constructor(runs: RunService) {
    this.item.name = 'hostnet';
    this.idle(runs);
    this.disposables.push(
      runs.onDidStart(({ title }) => {
        this.item.text = `$(sync~spin) ${title}…`;
        this.item.tooltip = 'Click to stop the run';
        this.item.command = 'hostnet.stop';
        this.item.backgroundColor = undefined;
        this.hasNews = true;
        this.update();
      }),
      runs.onDidFinish(() => this.idle(runs)),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
  }

  private idle(runs: RunService): void {
    const last = runs.history.lastBatch();
    if (last.length === 0) {
      this.item.text = '$(beaker) hostnet';
      this.item.tooltip = 'No run yet: use the “Run” lens above a scenario';
      this.item.command = 'hostnet.runScenario';
      this.item.backgroundColor = undefined;
    } else {
      const summary = statusSummary(last.map((record) => record.results));
      this.item.text = `$(beaker) ${summary.text}`;
      this.item.tooltip = summary.tooltip;
      this.item.command = 'hostnet.openResults';
      this.item.backgroundColor = summary.failed ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      this.hasNews = true;
    }
    this.update();
  }

  private update(): void {
    const editing = vscode.window.activeTextEditor?.document.languageId === LANGUAGE_ID;
    if (editing || this.hasNews) this.item.show();
    else this.item.hide();
  }

  /** What the item says now (for tests). */
  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
