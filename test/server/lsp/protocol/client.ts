// A small LSP client for protocol tests: spawns the bundled server
// (`node dist/server.js --stdio`) and speaks JSON-RPC to it over stdio.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  InlayHintRefreshRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const REPO_ROOT = resolve(import.meta.dirname, '../../../..');
export const SERVER_BUNDLE = join(REPO_ROOT, 'dist', 'server.js');

export interface StartOptions {
  /** The server's command line after `node`; default the bundle with `--stdio`. */
  args?: string[];
  /** Workspace folder to index; none when omitted. */
  rootPath?: string;
  /** Extra `initializationOptions`. */
  initializationOptions?: unknown;
}

export class TestClient {
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  private readonly listeners = new Set<() => void>();
  private readonly versions = new Map<string, number>();
  private stderr = '';
  initializeResult!: InitializeResult;
  /** How many times the server asked for the inlay hints again. */
  inlayHintRefreshes = 0;

  private constructor(
    readonly connection: ProtocolConnection,
    readonly process: ChildProcess,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const list = this.published.get(params.uri) ?? [];
      list.push(params);
      this.published.set(params.uri, list);
      for (const listener of this.listeners) listener();
    });
    process.stderr?.on('data', (chunk) => (this.stderr += String(chunk)));
    // Accept the progress the server creates for runs the client did not give a token to.
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    connection.onRequest(InlayHintRefreshRequest.type, () => {
      this.inlayHintRefreshes++;
    });
  }

  /** Spawns the server, runs `initialize` + `initialized`. */
  static async start(options: StartOptions = {}): Promise<TestClient> {
    const args = options.args ?? [SERVER_BUNDLE, '--stdio'];
    if (!existsSync(args[0])) throw new Error(`${args[0]} is missing: run \`node scripts/build.mjs\` first`);
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    const client = new TestClient(connection, child);
    connection.listen();
    const rootUri = options.rootPath ? pathToFileURL(options.rootPath).toString() : null;
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'root' }] : null,
      capabilities: {
        window: { workDoneProgress: true },
        textDocument: { publishDiagnostics: { versionSupport: true } },
        workspace: { inlayHint: { refreshSupport: true } },
      },
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'hostnet', version: 1, text },
    });
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Waits until `done()` holds, checking every 20 ms. */
  async waitFor(what: string, done: () => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs} ms\n${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** The latest diagnostics published for a file, if any. */
  latestDiagnostics(uri: string): PublishDiagnosticsParams | undefined {
    return this.published.get(uri)?.at(-1);
  }

  /** Waits until the latest publication for `uri` satisfies `accept`. */
  waitForDiagnostics(
    uri: string,
    accept: (diagnostics: Diagnostic[], params: PublishDiagnosticsParams) => boolean,
    timeoutMs = 10_000,
  ): Promise<Diagnostic[]> {
    return new Promise((resolvePromise, reject) => {
      const check = (): boolean => {
        const latest = this.latestDiagnostics(uri);
        if (latest && accept(latest.diagnostics, latest)) {
          cleanup();
          resolvePromise(latest.diagnostics);
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        cleanup();
        const latest = JSON.stringify(this.latestDiagnostics(uri)?.diagnostics ?? null);
        reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; latest: ${latest}\n${this.stderr}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      const listener = (): void => void check();
      this.listeners.add(listener);
      check();
    });
  }

  /** `shutdown` then `exit`; resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    if (this.process.exitCode !== null) return this.process.exitCode;
    const exited = new Promise<number | null>((resolvePromise) => this.process.once('exit', (code) => resolvePromise(code)));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  /** Kills the server without the protocol (cleanup after a failed test). */
  kill(): void {
    if (this.process.exitCode === null) this.process.kill();
    this.connection.dispose();
  }

  get serverStderr(): string {
    return this.stderr;
  }
}

/** A file URI for a test document that needs no file on disk. */
export function memoryUri(name: string): string {
  return pathToFileURL(join(REPO_ROOT, 'test', 'server', 'lsp', 'protocol', 'virtual', name)).toString();
}
