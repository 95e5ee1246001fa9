// Inline results: the server's inlay hints after a run (see
// present/inline-hints.ts), hidden when `hostnet.inlineResults.enabled` is
// off. The server itself marks a run's hints stale, and drops its
// failed-`expect` diagnostics, once the text that run read has changed.
import * as vscode from 'vscode';
import { InlayHintRequest, type LanguageClient, type Middleware } from 'vscode-languageclient/node';
import { presentHints } from './present/inline-hints';
import { readSettings, SECTION } from './settings';

export class InlineResults implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private client: LanguageClient | undefined;

  /** The language client's middleware that shapes the hints. */
  readonly middleware: Middleware = {
    provideInlayHints: async (document, viewPort, token, next) => {
      const hints = (await next(document, viewPort, token)) ?? [];
      return presentHints(hints, readSettings(document.uri).inlineResults);
    },
  };

  attach(client: LanguageClient): void {
    this.client = client;
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.inlineResults`)) this.refresh();
      }),
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
