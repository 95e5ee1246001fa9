// The results panel: one webview panel (client/webview draws it) with a
// strict CSP, scripts only from dist/, and state that survives a reload (the
// webview keeps its own through setState; the serializer re-creates the panel
// after a window reload). The panel asks for what it shows with `ready`, so a
// message sent while it loads or is hidden is not lost: the latest one is
// sent again on every `ready`.
import * as vscode from 'vscode';
import { isShow } from '../webview/state';
import type { FromWebview, ShowMessage, ToWebview } from '../webview/protocol';
import { createNonce, panelHtml } from './html';

export const RESULTS_VIEW_TYPE = 'hostnet.results';

export interface PanelHandlers {
  /** A diagram node was chosen: show its line. */
  reveal(uri: string, line: number): void;
  /** A chart's "Export PNG" was pressed. */
  exportPng(dataUrl: string, name: string): void;
}

export class ResultsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private latest: ShowMessage | undefined;
  private readonly serializer: vscode.Disposable;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly handlers: PanelHandlers,
  ) {
    this.serializer = vscode.window.registerWebviewPanelSerializer(RESULTS_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state: unknown) => this.adopt(panel, state),
    });
  }

  /** What the panel shows (or last showed), if anything. */
  get shown(): ShowMessage | undefined {
    return this.latest;
  }

  /** Shows results (opening the panel beside the editor unless `onlyIfOpen`). */
  show(message: ShowMessage, options: { onlyIfOpen?: boolean } = {}): void {
    this.latest = message;
    if (!this.panel) {
      if (options.onlyIfOpen) return;
      this.adopt(this.create(), undefined);
    } else if (!options.onlyIfOpen) {
      this.panel.reveal(undefined, true);
    }
    this.send(message);
  }

  /** Progress of a run in progress, when the panel is open. */
  progress(fraction: number, message?: string): void {
    this.send({ type: 'progress', fraction, message });
  }

  private create(): vscode.WebviewPanel {
    return vscode.window.createWebviewPanel(
      RESULTS_VIEW_TYPE,
      'hostnet results',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      this.webviewOptions(),
    );
  }

  private webviewOptions(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')], enableFindWidget: true };
  }

  /** Takes over a panel: a new one, or one VS Code restored after a reload (with the webview's saved state). */
  private adopt(panel: vscode.WebviewPanel, state: unknown): void {
    this.panel?.dispose();
    this.panel = panel;
    const saved = (state as { show?: unknown } | undefined)?.show;
    if (!this.latest && isShow(saved)) this.latest = saved;
    panel.webview.options = this.webviewOptions();
    panel.webview.html = this.html(panel.webview);
    this.setTitle();
    const listening = panel.webview.onDidReceiveMessage((message: FromWebview) => this.receive(message));
    panel.onDidDispose(() => {
      listening.dispose();
      if (this.panel === panel) this.panel = undefined;
    });
  }

  private receive(message: FromWebview): void {
    switch (message?.type) {
      case 'ready':
        if (this.latest) this.send(this.latest);
        break;
      case 'reveal':
        this.handlers.reveal(message.uri, message.line);
        break;
      case 'export':
        this.handlers.exportPng(message.dataUrl, message.name);
        break;
    }
  }

  private send(message: ToWebview): void {
    if (!this.panel) return;
    if (message.type === 'show') this.setTitle();
    void this.panel.webview.postMessage(message).then((delivered) => {
      // A tab chosen with `view` applies once; later re-sends keep the tab the user chose.
      if (delivered && message.type === 'show' && message.view && this.latest === message) this.latest = { ...message, view: undefined };
    });
  }

  private setTitle(): void {
    if (!this.panel) return;
    const file = this.latest?.file;
    this.panel.title = file ? `hostnet: ${file.slice(file.lastIndexOf('/') + 1)}` : 'hostnet results';
  }

  private html(webview: vscode.Webview): string {
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    return panelHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.css')).toString(),
      title: 'hostnet results',
    });
  }

  dispose(): void {
    this.panel?.dispose();
    this.serializer.dispose();
  }
}
