// The Test Explorer: every scenario with an `expect` block is a test, each of
// its expectations a child, found from the language server's document
// symbols of open and workspace .hnet files. Running a test runs its
// scenario; each expectation passes or fails with expected and measured
// values at its line.
import * as vscode from 'vscode';
import { outcomesOf } from '../present/outcomes';
import { scenariosOf, type ExpectationEntry, type ScenarioEntry } from '../present/scenarios';
import type { RunService } from '../runs/run-service';
import { LANGUAGE_ID } from '../language-client';
import { documentSymbols } from '../symbols';

/** How the latest run of a test item ended (for the extension-host tests; the Test API hides it). */
export type TestOutcome = 'passed' | 'failed' | 'errored' | 'skipped';

const REFRESH_DELAY_MS = 300;

export class HostnetTests implements vscode.Disposable {
  readonly controller = vscode.tests.createTestController('hostnet', 'hostnet');
  readonly runProfile: vscode.TestRunProfile;
  /** Latest outcome by test item id. */
  readonly outcomes = new Map<string, TestOutcome>();
  private readonly scenarios = new WeakMap<vscode.TestItem, ScenarioEntry<vscode.Range>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly disposables: vscode.Disposable[] = [this.controller];

  constructor(private readonly runs: RunService) {
    this.runProfile = this.controller.createRunProfile('Run', vscode.TestRunProfileKind.Run, (request, token) => this.runTests(request, token), true);
    this.controller.resolveHandler = async (item) => {
      if (!item) await this.discoverWorkspace();
    };
    this.controller.refreshHandler = () => this.discoverWorkspace();
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.hnet');
    this.disposables.push(
      this.runProfile,
      watcher,
      watcher.onDidCreate((uri) => this.refreshSoon(uri)),
      watcher.onDidChange((uri) => this.refreshSoon(uri)),
      watcher.onDidDelete((uri) => this.controller.items.delete(uri.toString())),
      vscode.workspace.onDidOpenTextDocument((document) => this.refreshSoon(document.uri, document)),
      vscode.workspace.onDidChangeTextDocument(({ document }) => this.refreshSoon(document.uri, document)),
    );
    for (const document of vscode.workspace.textDocuments) this.refreshSoon(document.uri, document);
  }

  /** Finds the tests of every .hnet file of the workspace. */
  async discoverWorkspace(): Promise<void> {
    const files = await vscode.workspace.findFiles('**/*.hnet', '**/node_modules/**');
    await Promise.all(files.map((uri) => this.refresh(uri)));
  }

  /** Reads a file's tests again from its symbols now. */
  async refresh(uri: vscode.Uri): Promise<void> {
    const scenarios = scenariosOf(await documentSymbols(uri)).filter((scenario) => scenario.expectations.length > 0);
    if (scenarios.length === 0) {
      this.controller.items.delete(uri.toString());
      return;
    }
    const file = this.controller.items.get(uri.toString()) ?? this.controller.createTestItem(uri.toString(), vscode.workspace.asRelativePath(uri), uri);
    file.children.replace(scenarios.map((scenario) => this.scenarioItem(uri, scenario)));
    this.controller.items.add(file);
  }

  private refreshSoon(uri: vscode.Uri, document?: vscode.TextDocument): void {
    if (document ? document.languageId !== LANGUAGE_ID : !uri.path.endsWith('.hnet')) return;
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.refresh(uri);
      }, REFRESH_DELAY_MS),
    );
  }

  private scenarioItem(uri: vscode.Uri, scenario: ScenarioEntry<vscode.Range>): vscode.TestItem {
    const id = `${uri}#${scenario.name}`;
    const item = this.controller.createTestItem(id, scenario.name, uri);
    item.range = scenario.selectionRange;
    item.description = `${scenario.expectations.length} expectation${scenario.expectations.length === 1 ? '' : 's'}`;
    item.children.replace(scenario.expectations.map((expectation) => this.expectationItem(uri, id, expectation)));
    this.scenarios.set(item, scenario);
    return item;
  }

  private expectationItem(uri: vscode.Uri, scenarioId: string, expectation: ExpectationEntry<vscode.Range>): vscode.TestItem {
    const item = this.controller.createTestItem(`${scenarioId}/${expectation.key}`, expectation.text, uri);
    item.range = expectation.range;
    return item;
  }

  /** Runs the scenarios of the requested items, one after another. */
  async runTests(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    const run = this.controller.createTestRun(request);
    const excluded = new Set(request.exclude ?? []);
    const wanted = new Map<vscode.TestItem, vscode.TestItem[]>();
    const add = (scenario: vscode.TestItem, children: readonly vscode.TestItem[]) => {
      const chosen = children.filter((child) => !excluded.has(child));
      wanted.set(scenario, [...new Set([...(wanted.get(scenario) ?? []), ...chosen])]);
    };
    const visit = (item: vscode.TestItem) => {
      if (excluded.has(item)) return;
      if (this.scenarios.has(item)) add(item, childrenOf(item));
      else if (item.parent && this.scenarios.has(item.parent)) add(item.parent, [item]);
      else childrenOf(item).forEach(visit);
    };
    (request.include ?? childrenOf(this.controller.items)).forEach(visit);
    for (const [scenario, children] of wanted) {
      run.enqueued(scenario);
      children.forEach((child) => run.enqueued(child));
    }
    for (const [scenario, children] of wanted) {
      if (token.isCancellationRequested) {
        this.report(run, 'skipped', [scenario, ...children]);
        continue;
      }
      await this.runScenario(run, scenario, children, token);
    }
    run.end();
  }

  private async runScenario(run: vscode.TestRun, item: vscode.TestItem, children: vscode.TestItem[], token: vscode.CancellationToken): Promise<void> {
    const scenario = this.scenarios.get(item)!;
    run.started(item);
    children.forEach((child) => run.started(child));
    const started = Date.now();
    const outcome = await this.runs.run({ uri: item.uri!, scenarios: [scenario.name], progress: 'none', panel: 'if-open', token });
    const duration = Date.now() - started;
    if (outcome.kind === 'cancelled' || outcome.kind === 'untrusted') {
      this.report(run, 'skipped', [item, ...children]);
      return;
    }
    if (outcome.kind === 'failed') {
      this.outcomes.set(item.id, 'errored');
      run.errored(item, new vscode.TestMessage(`The run failed: ${outcome.message}`), duration);
      this.report(run, 'skipped', children);
      return;
    }
    const results = outcome.records[0].results;
    const byKey = outcomesOf(scenario.expectations, results);
    let failed = 0;
    for (const child of children) {
      const key = child.id.slice(item.id.length + 1);
      const expectation = scenario.expectations.find((e) => e.key === key);
      const found = byKey.get(key);
      if (!expectation || !found) {
        this.outcomes.set(child.id, 'errored');
        run.errored(child, new vscode.TestMessage('The run did not check this expectation: was the file edited while it ran?'), duration);
        failed++;
      } else if (found.pass) {
        this.outcomes.set(child.id, 'passed');
        run.passed(child, duration);
      } else {
        const message = vscode.TestMessage.diff(found.message, found.expected, found.actual);
        message.location = new vscode.Location(item.uri!, expectation.range);
        this.outcomes.set(child.id, 'failed');
        run.failed(child, message, duration);
        failed++;
      }
    }
    if (failed === 0) {
      this.outcomes.set(item.id, 'passed');
      run.passed(item, duration);
    } else {
      this.outcomes.set(item.id, 'failed');
      run.failed(item, new vscode.TestMessage(`${failed} of ${children.length} expectations not met`), duration);
    }
  }

  private report(run: vscode.TestRun, outcome: 'skipped', items: vscode.TestItem[]): void {
    for (const item of items) {
      this.outcomes.set(item.id, outcome);
      run.skipped(item);
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function childrenOf(collection: vscode.TestItem | vscode.TestItemCollection): vscode.TestItem[] {
  const items: vscode.TestItem[] = [];
  ('children' in collection ? collection.children : collection).forEach((item) => items.push(item));
  return items;
}
