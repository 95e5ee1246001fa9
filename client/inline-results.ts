// Inline results: the server's inlay hints after a run (see
// present/inline-hints.ts), hidden when `hostnet.inlineResults.enabled` is
// off and marked stale once the document changed after its latest run. The
// server drops its failed-`expect` diagnostics on the first edit itself.
import * as vscode from 'vscode';
import { InlayHintRequest, type LanguageClient, type Middleware } from 'vscode-languageclient/node';
import { presentHints } from './present/inline-hints';
import type { RunService } from './runs/run-service';
import { readSettings, SECTION } from './settings';

export class InlineResults implements vscode.Disposable {
  /** Per document URI: its version when its latest run started. */
  private readonly runVersions = new Map<string, number>();
  private readonly disposables: vscode.Disposable[] = [];
  private client: LanguageClient | undefined;

  /** The language client's middleware that shapes the hints. */
  readonly middleware: Middleware = {
    provideInlayHints: async (document, viewPort, token, next) => {
      const hints = (await next(document, viewPort, token)) ?? [];
      const ranAt = this.runVersions.get(document.uri.toString());
      return presentHints(hints, {
        show: readSettings(document.uri).inlineResults,
        stale: ranAt !== undefined && document.version !== ranAt,
      });
    },
  };

  attach(client: LanguageClient, runs: RunService): void {
    this.client = client;
    this.disposables.push(
      runs.onDidFinish(({ uri, version, outcome }) => {
        if (outcome.kind !== 'untrusted' && outcome.records.length > 0 && version !== undefined) {
          this.runVersions.set(uri.toString(), version);
        }
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.inlineResults`)) this.refresh();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.runVersions.delete(document.uri.toString())),
    );
  }

  /** Asks the editor for the hints of every open hostnet document again. */
  refresh(): void {
    const feature = this.client?.getFeature(InlayHintRequest.method);
    for (const document of vscode.workspace.textDocuments) feature?.getProvider(document)?.onDidChangeInlayHints.fire();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
