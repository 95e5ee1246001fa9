// What every feature reads: the documents, the language layer's workspace
// (parse, link and validate, cached per text), and the results of the latest
// runs. The protocol layer (server.ts) owns one Session; unit tests and
// benchmarks make their own without a connection.
//
// An edit only records the new text: the workspace re-parses it when a
// feature first asks for the tree (usually the diagnostics pass), so a burst
// of keystrokes costs one parse and completion never waits for one.
import type { Diagnostic, Position } from 'vscode-languageserver';
import { LineIndex } from '../language/syntax/text';
import { Workspace, type Analysis, type ParsedDocument } from '../language/workspace';
import { lspDiagnostics, type CheckedFile } from './diagnostics';
import { DocumentStore } from './documents';
import { ResultsStore, type KeptRun } from './results';
import { runFingerprint, runInputs } from './run-fingerprint';

export interface SessionOptions {
  /** The client inserts snippets (`\${1:value}`); otherwise completion inserts plain text. */
  snippets: boolean;
  /** A file whose analysis takes less than this many ms is analysed afresh for completion. */
  quickAnalysisMs: number;
}

export class Session {
  readonly workspace: Workspace;
  readonly options: SessionOptions = { snippets: true, quickAnalysisMs: 5 };
  /** The latest run results of each file, for inlay hints and failed-expect diagnostics. */
  readonly results = new ResultsStore();
  /** Open documents edited since the workspace last saw their text. */
  private readonly stale = new Set<string>();
  /** The latest analysis of each file, kept after an edit makes it stale (for completion's scope). */
  private readonly latest = new Map<string, Analysis>();
  /** How long the last fresh analysis of each file took, ms. */
  private readonly analysisCost = new Map<string, number>();
  /** Line starts of open documents' current texts, for requests that do not parse. */
  private readonly lineIndexes = new Map<string, LineIndex>();

  constructor(readonly documents: DocumentStore = new DocumentStore()) {
    this.workspace = new Workspace({ read: (uri) => documents.text(uri) });
  }

  /** Opened in the editor: the editor's text wins over the disk's from now on. */
  didOpen(uri: string, version: number, text: string): void {
    this.documents.didOpen(uri, version, text);
    this.stale.add(uri);
  }

  didChange(uri: string, version: number, changes: Parameters<DocumentStore['didChange']>[2]): void {
    this.documents.didChange(uri, version, changes);
    this.stale.add(uri);
  }

  /** Closed in the editor: the file is read from disk again (or is gone). */
  didClose(uri: string): void {
    this.documents.didClose(uri);
    this.stale.delete(uri);
    this.latest.delete(uri);
    this.lineIndexes.delete(uri);
    this.workspace.invalidate(uri);
  }

  /** A watcher saw the file change on disk (an open document keeps the editor's text). */
  changedOnDisk(uri: string): void {
    if (this.documents.isOpen(uri)) return;
    this.latest.delete(uri);
    this.workspace.invalidate(uri);
  }

  /** The file parsed, without linking; undefined when it does not exist. */
  parsed(uri: string): ParsedDocument | undefined {
    this.sync();
    return this.workspace.document(uri);
  }

  /** The file parsed, linked and validated; undefined when it does not exist. */
  analysis(uri: string): Analysis | undefined {
    const started = performance.now();
    this.sync();
    const analysis = this.workspace.analyze(uri);
    if (analysis) {
      if (this.latest.get(uri) !== analysis) this.analysisCost.set(uri, performance.now() - started);
      this.latest.set(uri, analysis);
    } else {
      this.latest.delete(uri);
    }
    return analysis;
  }

  /**
   * An analysis for completion, which needs the names in scope (they rarely
   * change between two keystrokes) but must answer within milliseconds: the
   * up-to-date one when the file analyses that fast, else the latest one,
   * possibly of an older text.
   */
  latestAnalysis(uri: string): Analysis | undefined {
    const latest = this.latest.get(uri);
    if (latest && (this.analysisCost.get(uri) ?? Infinity) > this.options.quickAnalysisMs) return latest;
    return this.analysis(uri);
  }

  /** The current text's line index (cached until the text changes). */
  lines(uri: string, text: string): LineIndex {
    const cached = this.lineIndexes.get(uri);
    if (cached?.text === text) return cached;
    const lines = new LineIndex(text);
    this.lineIndexes.set(uri, lines);
    return lines;
  }

  /** Hands edited texts to the workspace (which re-parses them and drops what depended on them). */
  private sync(): void {
    for (const uri of this.stale) {
      const text = this.documents.text(uri);
      if (text !== undefined) this.workspace.update(uri, text);
    }
    this.stale.clear();
  }

  /**
   * The latest results of each scenario of a file, each saying whether it is
   * current: the file and its imports still read as they did for that run
   * (comments and layout aside, and the file's other scenarios).
   */
  runResults(uri: string): KeptRun[] {
    if (!this.results.has(uri)) return [];
    const inputs = runInputs(this, uri);
    return this.results.runs(uri, (scenario) => inputs && runFingerprint(inputs, scenario));
  }

  /** Whether another file's run results read `uri` (that file imports it), so an edit to `uri` may make them stale. */
  resultsRead(uri: string): boolean {
    return this.results.files().some((file) => file !== uri && (this.latest.get(file)?.link.closure.includes(uri) ?? false));
  }

  /** The file's diagnostics for LSP; undefined when the file does not exist. */
  diagnostics(uri: string): Diagnostic[] | undefined {
    const analysis = this.analysis(uri);
    return analysis && lspDiagnostics(analysis);
  }

  /**
   * Whether a file's diagnostics are shown: it is open or in the workspace
   * (an import from elsewhere is checked through its importer, not on its own).
   */
  reports(uri: string): boolean {
    return this.documents.isOpen(uri) || this.documents.isIndexed(uri);
  }

  /** The diagnostics source checking files in this thread (tests; the server uses the analysis worker). */
  check(uri: string): CheckedFile | undefined {
    if (!this.reports(uri)) return undefined;
    const version = this.version(uri);
    const diagnostics = this.diagnostics(uri);
    return diagnostics && { diagnostics, version };
  }

  /** The offset of an LSP position in a file (0 when the file is unknown). */
  offset(uri: string, position: Position): number {
    return this.parsed(uri)?.lines.offset(position) ?? 0;
  }

  dependents(uri: string): string[] {
    return this.workspace.dependents(uri);
  }

  version(uri: string): number | undefined {
    return this.documents.version(uri);
  }
}
