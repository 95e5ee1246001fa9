// The language server on a generated 5,000-line workspace, through the
// protocol (client and server in this process, connected by streams):
// diagnostics after an edit (from didChange to publishDiagnostics), completion
// latency right after an edit and when idle (and the completion function
// alone), and memory (of this process, and of the bundled server run as its
// own process). Targets: ≤ 50 ms median diagnostics, ≤ 10 ms median
// completion, ≤ 200 MB.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createConnection } from 'vscode-languageserver/node';
import {
  CompletionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { completion } from '../server/lsp/completion';
import { createServer } from '../server/lsp/server';
import { Session } from '../server/lsp/session';
import { startBundledServer } from './bundled-server';
import { generateLargeFile } from './generate';

const LINES = 5000;
const WARMUP = 5;
const RUNS = 40;
/** Longer than the publisher's interval between passes, so each edit is measured on its own. */
const PAUSE_MS = 150;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Harness {
  client: ProtocolConnection;
  uri: string;
  text: string;
  version: number;
  diagnostics(version: number): Promise<PublishDiagnosticsParams>;
  edit(changes: TextDocumentContentChangeEvent[]): Promise<number>;
  dispose(): void;
}

async function startHarness(folder: string): Promise<Harness> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const connection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const server = createServer(connection);
  connection.listen();
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const waiting = new Map<number, (params: PublishDiagnosticsParams) => void>();
  const uri = pathToFileURL(join(folder, 'large.hnet')).toString();
  client.onNotification(PublishDiagnosticsNotification.type, (params) => {
    if (params.uri === uri && params.version !== undefined) waiting.get(params.version)?.(params);
  });
  client.listen();
  const rootUri = pathToFileURL(folder).toString();
  await client.sendRequest(InitializeRequest.type, { processId: null, rootUri, capabilities: {}, workspaceFolders: [{ uri: rootUri, name: 'bench' }] });
  await client.sendNotification(InitializedNotification.type, {});
  const harness: Harness = {
    client,
    uri,
    text: '',
    version: 0,
    diagnostics: (version) => new Promise((resolve) => waiting.set(version, resolve)),
    async edit(changes) {
      const version = ++harness.version;
      await client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
      return version;
    },
    dispose() {
      server.dispose();
      client.dispose();
      connection.dispose();
    },
  };
  return harness;
}

/**
 * Changes the first digit of the `rate` of traffic `index` (a realistic edit
 * in the middle of the file) to another digit, in `harness.text` too.
 */
function rateEdit(harness: Harness, index: number): TextDocumentContentChangeEvent {
  const text = harness.text;
  const at = text.search(new RegExp(`rate = \\d${String(index).padStart(2, '0')}Kpps`)) + 'rate = '.length;
  const digit = (Number(text.charAt(at)) % 9) + 1;
  harness.text = text.slice(0, at) + digit + text.slice(at + 1);
  const line = text.slice(0, at).split('\n').length - 1;
  const column = at - (text.lastIndexOf('\n', at - 1) + 1);
  return { range: { start: { line, character: column }, end: { line, character: column + 1 } }, text: String(digit) };
}

export async function benchLsp(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'hostnet-bench-'));
  const text = generateLargeFile(LINES);
  writeFileSync(join(folder, 'common.hnet'), '// nothing shared\n');
  writeFileSync(join(folder, 'large.hnet'), text);
  const before = process.memoryUsage();
  const harness = await startHarness(folder);
  try {
    const opened = harness.diagnostics(1);
    harness.version = 1;
    harness.text = text;
    const openStart = performance.now();
    await harness.client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: harness.uri, languageId: 'hostnet', version: 1, text } });
    const first = await opened;
    const openMs = performance.now() - openStart;
    if (first.diagnostics.some((d) => d.severity === 1)) throw new Error(`the generated file has errors: ${first.diagnostics[0].message}`);

    // Traffic 0–99: their rates (1xx Kpps) are told apart by the last two digits.
    const traffic = Math.min(100, (text.match(/^traffic /gm) ?? []).length);
    const diagnosticsMs: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      await sleep(PAUSE_MS);
      const start = performance.now();
      const version = harness.version + 1;
      const published = harness.diagnostics(version);
      await harness.edit([rateEdit(harness, (i * 7) % traffic)]);
      await published;
      if (i >= WARMUP) diagnosticsMs.push(performance.now() - start);
    }

    // Completion of `via = ` in a traffic block, right after an edit (the analysis is then a keystroke old) and when idle.
    const via = text.indexOf('via = c', text.length / 2);
    const viaLine = text.slice(0, via).split('\n').length - 1;
    const viaColumn = via - (text.lastIndexOf('\n', via - 1) + 1) + 'via = '.length;
    const completeAt = { textDocument: { uri: harness.uri }, position: { line: viaLine, character: viaColumn } };
    const afterEditMs: number[] = [];
    const idleMs: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      await sleep(PAUSE_MS);
      const idleStart = performance.now();
      const idleList = await harness.client.sendRequest(CompletionRequest.type, completeAt);
      const idle = performance.now() - idleStart;
      void harness.edit([rateEdit(harness, (i * 11) % traffic)]);
      const start = performance.now();
      const list = await harness.client.sendRequest(CompletionRequest.type, completeAt);
      const afterEdit = performance.now() - start;
      const count = (value: unknown) => (Array.isArray(value) ? value.length : ((value as { items?: unknown[] } | null)?.items?.length ?? 0));
      if (count(list) === 0 || count(idleList) === 0) throw new Error('completion offered nothing at `via = `');
      if (i >= WARMUP) {
        afterEditMs.push(afterEdit);
        idleMs.push(idle);
      }
    }
    const inProcess = completionInProcess(text, completeAt.position);
    const bundledRss = await bundledServerRss(folder, text);
    await sleep(PAUSE_MS);
    global.gc?.();
    const after = process.memoryUsage();
    const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

    console.log(`workspace: ${text.split('\n').length} lines in large.hnet + common.hnet; first diagnostics after open ${openMs.toFixed(0)} ms`);
    console.log(
      `diagnostics after an edit: median ${percentile(diagnosticsMs, 0.5).toFixed(1)} ms, p95 ${percentile(diagnosticsMs, 0.95).toFixed(1)} ms ` +
        `(target ≤ 50 ms median; ${RUNS} edits, didChange → publishDiagnostics)`,
    );
    console.log(
      `completion: median ${percentile(afterEditMs, 0.5).toFixed(1)} ms right after an edit (p95 ${percentile(afterEditMs, 0.95).toFixed(1)}), ` +
        `${percentile(idleMs, 0.5).toFixed(1)} ms when idle, over the protocol (target ≤ 10 ms median); ` +
        `the completion function alone right after an edit: median ${percentile(inProcess, 0.5).toFixed(1)} ms, fastest ${Math.min(...inProcess).toFixed(1)} ms`,
    );
    console.log(
      `memory: RSS ${mb(after.rss)} MB for this whole process (tsx, the client, the server and its analysis worker), ` +
        `${mb(after.rss - before.rss)} MB more than before the server started; main-thread heap ${mb(after.heapUsed)} MB (target ≤ 200 MB)`,
    );
    console.log(
      bundledRss === undefined
        ? 'memory of the bundled server: dist/server.js is missing (npm run build)'
        : `memory of the bundled server (node dist/server.js --stdio, its analysis worker included) with this workspace open: RSS ${mb(bundledRss)} MB (target ≤ 200 MB)`,
    );
    console.log(`(load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores: wall times grow with it)`);
  } finally {
    harness.dispose();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** RSS of the bundled server as a separate process, after it has checked the open workspace (Linux: /proc). */
async function bundledServerRss(folder: string, text: string): Promise<number | undefined> {
  const server = await startBundledServer(folder);
  if (!server) return undefined;
  const { client } = server;
  const uri = pathToFileURL(join(folder, 'large.hnet')).toString();
  const checked = new Promise<void>((resolve) => {
    client.onNotification(PublishDiagnosticsNotification.type, (params) => {
      if (params.uri === uri && params.version === 1) resolve();
    });
  });
  try {
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'hostnet', version: 1, text } });
    await checked;
    // A completion makes the main thread analyse the file too, as an editor soon would.
    await client.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 10, character: 2 } });
    await sleep(PAUSE_MS);
    return server.rss();
  } finally {
    server.dispose();
  }
}

/** The completion function on a Session right after each edit, without the protocol or other requests around it. */
function completionInProcess(text: string, position: { line: number; character: number }): number[] {
  const session = new Session();
  const uri = 'file:///bench/large.hnet';
  session.documents.addWorkspaceFile('file:///bench/common.hnet', '');
  session.didOpen(uri, 1, text);
  session.analysis(uri);
  const times: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    session.didChange(uri, i + 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    const start = performance.now();
    completion(session, { textDocument: { uri }, position });
    if (i >= WARMUP) times.push(performance.now() - start);
  }
  return times;
}

if (process.argv[1]?.endsWith('lsp.ts')) void benchLsp();
