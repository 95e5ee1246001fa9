// The language server: one connection, one Session, one diagnostics
// publisher, and a handler per LSP method (each feature in its own file).
// `startServer()` is what `hostnet lsp --stdio` and the extension's bundle
// (main.ts) call; the transport comes from the process arguments
// (`--stdio`, `--node-ipc`, `--socket=N`), as vscode-languageserver reads them.
import {
  CancellationTokenSource,
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver/node';
import type { Results } from '../../simulator/results';
import { VERSION } from '../version';
import { AnalysisClient } from './analysis-client';
import { codeActions } from './code-actions';
import { codeLenses } from './code-lens';
import { completion } from './completion';
import { definition, definitionLocations } from './definition';
import { DiagnosticsPublisher } from './diagnostics';
import { foldingRanges } from './folding';
import { FILE_RENAME_FILTERS, followRenames, importEditsForRenames } from './file-renames';
import { formatDocument } from './formatting';
import { documentHighlights } from './highlights';
import { hover } from './hover';
import { inlayHints } from './inlay-hints';
import { documentLinks } from './links';
import { ResultsNotification, RunRequest, TopologyRequest, type RunParams } from './protocol';
import { runFingerprint, runInputs } from './run-fingerprint';
import { formatRange } from './range-formatting';
import { references } from './references';
import { prepareRename, rename } from './rename';
import { expectFailures } from './results';
import { run } from './run';
import { selectionRanges } from './selection';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens, semanticTokensRange } from './semantic-tokens';
import { Session } from './session';
import { documentSymbols, workspaceSymbols } from './symbols';
import { topology } from './topology';

export interface ServerOptions {
  /** Milliseconds between diagnostics passes while typing. */
  diagnosticsInterval?: number;
  /** Check files in a worker thread (default); false checks them on the main thread. */
  analysisWorker?: boolean;
}

export interface HostnetServer {
  connection: Connection;
  session: Session;
  diagnostics: DiagnosticsPublisher;
  /** Stops the workers and timers (tests and benchmarks that end without `exit`). */
  dispose(): void;
}

/** Creates the server on `connection` (by default from the process arguments) and starts listening. */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all), options: ServerOptions = {}): HostnetServer {
  const server = createServer(connection, options);
  connection.listen();
  return server;
}

/** Registers every handler without listening (tests and benchmarks listen themselves). */
export function createServer(connection: Connection, options: ServerOptions = {}): HostnetServer {
  const session = new Session();
  const { documents } = session;
  const analyzer = options.analysisWorker === false ? undefined : new AnalysisClient(session);
  const diagnostics = new DiagnosticsPublisher(analyzer ?? session, (params) => void connection.sendDiagnostics(params), {
    interval: options.diagnosticsInterval,
    runDiagnostics: (uri) => {
      const current = session.runResults(uri).filter((run) => run.current).map((run) => run.results);
      const analysis = current.length > 0 ? session.analysis(uri) : undefined;
      return analysis ? expectFailures(analysis, current) : [];
    },
  });
  /** Tells the analysis worker the file's current text (or that it has none). */
  const feed = (uri: string): void => {
    const text = documents.text(uri);
    if (text === undefined) analyzer?.forget(uri);
    else analyzer?.update(uri, text, documents.version(uri));
  };
  let clientCapabilities: ClientCapabilities = {};
  /** Asks the client for every inlay hint again (new results, or results that went stale through another file). */
  const refreshInlayHints = (): void => {
    if (clientCapabilities.workspace?.inlayHint?.refreshSupport) void connection.languages.inlayHint.refresh();
  };
  let workspaceFolders: string[] = [];

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    clientCapabilities = params.capabilities;
    workspaceFolders = folderUris(params);
    session.options.snippets = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: ['.', '=', '[', ',', '"'] },
        hoverProvider: true,
        definitionProvider: true,
        declarationProvider: true,
        documentHighlightProvider: true,
        documentLinkProvider: { resolveProvider: false },
        selectionRangeProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: { label: 'hostnet' },
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
        workspace: {
          workspaceFolders: { supported: true, changeNotifications: true },
          fileOperations: { willRename: { filters: FILE_RENAME_FILTERS }, didRename: { filters: FILE_RENAME_FILTERS } },
        },
      },
      serverInfo: { name: 'hostnet', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (clientCapabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.hnet' }] });
    }
    if (clientCapabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const added = event.added.map((folder) => folder.uri);
        workspaceFolders = [...workspaceFolders.filter((uri) => !event.removed.some((f) => f.uri === uri)), ...added];
        void indexFolders(added);
      });
    }
    void indexFolders(workspaceFolders);
  });

  const indexFolders = async (folders: readonly string[]): Promise<void> => {
    const found = (await documents.scan(folders)).filter((uri) => !documents.isOpen(uri));
    found.forEach(feed);
    diagnostics.check(found);
  };

  connection.onDidOpenTextDocument(({ textDocument }) => {
    session.didOpen(textDocument.uri, textDocument.version, textDocument.text);
    feed(textDocument.uri);
    diagnostics.changed(textDocument.uri);
  });
  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    session.didChange(textDocument.uri, textDocument.version, contentChanges);
    feed(textDocument.uri);
    diagnostics.changed(textDocument.uri);
    if (session.resultsRead(textDocument.uri)) refreshInlayHints();
  });
  connection.onDidCloseTextDocument(({ textDocument }) => {
    session.didClose(textDocument.uri);
    // A file of the workspace keeps its diagnostics (now from the disk's text); any other file loses them.
    if (documents.isIndexed(textDocument.uri)) {
      feed(textDocument.uri);
      diagnostics.changed(textDocument.uri);
    } else {
      analyzer?.forget(textDocument.uri);
      diagnostics.clear(textDocument.uri);
    }
  });
  /** A file appeared, changed or went on disk (already re-read or forgotten by the document store). */
  const changedOnDisk = (uri: string, deleted: boolean): void => {
    if (deleted && !documents.isOpen(uri)) diagnostics.clear(uri);
    session.changedOnDisk(uri);
    if (!documents.isOpen(uri)) feed(uri);
    diagnostics.changed(uri);
    if (session.resultsRead(uri)) refreshInlayHints();
  };
  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    for (const change of changes) {
      const deleted = change.type === FileChangeType.Deleted;
      if (deleted) documents.forget(change.uri);
      else await documents.reload(change.uri);
      changedOnDisk(change.uri, deleted);
    }
  });
  connection.workspace.onWillRenameFiles((params) => importEditsForRenames(session, params));
  connection.workspace.onDidRenameFiles(async ({ files }) => {
    const { left, arrived } = await followRenames(session, files);
    left.forEach((uri) => changedOnDisk(uri, true));
    arrived.forEach((uri) => changedOnDisk(uri, false));
  });

  connection.onCompletion((params) => completion(session, params));
  connection.onHover((params) => hover(session, params));
  connection.onDefinition((params) => {
    const links = definition(session, params);
    return clientCapabilities.textDocument?.definition?.linkSupport ? links : definitionLocations(links);
  });
  // A name is declared where it is defined: declaration and definition are the same place.
  connection.onDeclaration((params) => {
    const links = definition(session, params);
    return clientCapabilities.textDocument?.declaration?.linkSupport ? links : definitionLocations(links);
  });
  connection.onDocumentHighlight((params) => documentHighlights(session, params));
  connection.onDocumentLinks((params) => documentLinks(session, params));
  connection.onSelectionRanges((params) => selectionRanges(session, params));
  connection.onReferences((params) => references(session, params));
  connection.onPrepareRename((params) => prepareRename(session, params));
  connection.onRenameRequest((params) => rename(session, params));
  connection.onDocumentSymbol((params) => documentSymbols(session, params));
  connection.onWorkspaceSymbol((params) => workspaceSymbols(session, params));
  connection.onFoldingRanges((params) => foldingRanges(session, params));
  connection.onDocumentFormatting((params) => formatDocument(session, params));
  connection.onDocumentRangeFormatting((params) => formatRange(session, params));
  connection.languages.semanticTokens.on((params) => semanticTokens(session, params));
  connection.languages.semanticTokens.onRange((params) => semanticTokensRange(session, params));

  connection.onCodeAction((params) => codeActions(session, params));
  connection.onCodeLens((params) => codeLenses(session, params));
  connection.languages.inlayHint.on((params) => inlayHints(session, params));

  /** New results for a file, of the text `fingerprint` digests: keep them, report its failed expects, refresh the inline results. */
  const resultsArrived = (uri: string, results: Results, fingerprint: string | undefined): void => {
    session.results.set(uri, results, fingerprint);
    diagnostics.check([uri]);
    refreshInlayHints();
  };
  // Pushed results are taken to be of the text the server has now.
  connection.onNotification(ResultsNotification, ({ uri, results }) => {
    const inputs = runInputs(session, uri);
    resultsArrived(uri, results, inputs && runFingerprint(inputs, results.scenario));
  });
  connection.onRequest(RunRequest, async (params, token) => {
    const { progress, cancel } = await runProgress(connection, clientCapabilities, params, token);
    return run(session, params, { progress, token: cancel, finished: resultsArrived });
  });
  connection.onRequest(TopologyRequest, (params) => topology(session, params));

  const dispose = (): void => {
    diagnostics.dispose();
    analyzer?.dispose();
  };
  connection.onShutdown(dispose);
  return { connection, session, diagnostics, dispose };
}

function folderUris(params: InitializeParams): string[] {
  if (params.workspaceFolders?.length) return params.workspaceFolders.map((folder) => folder.uri);
  return params.rootUri ? [params.rootUri] : [];
}

/**
 * Progress for a run: on the client's token when it sent one, else a
 * progress the server creates (when the client supports it), whose cancel
 * button stops the run like cancelling the request does.
 */
async function runProgress(
  connection: Connection,
  capabilities: ClientCapabilities,
  params: RunParams,
  token: CancellationToken,
): Promise<{ progress: WorkDoneProgressReporter; cancel: CancellationToken }> {
  if (params.workDoneToken !== undefined || !capabilities.window?.workDoneProgress) {
    return { progress: connection.window.attachWorkDoneProgress(params.workDoneToken), cancel: token };
  }
  const created = await connection.window.createWorkDoneProgress();
  const source = new CancellationTokenSource();
  token.onCancellationRequested(() => source.cancel());
  created.token.onCancellationRequested(() => source.cancel());
  return { progress: created, cancel: source.token };
}
