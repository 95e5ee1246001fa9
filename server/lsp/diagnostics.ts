// The one place diagnostics are published from. Edits mark files dirty; a
// pass checks them one file at a time through a DiagnosticSource — the
// analysis worker in the server (so the main thread keeps answering
// completion and formatting while a file is analysed), or the Session
// itself in tests. An isolated edit is checked on the next turn of the event
// loop, so a fix clears its diagnostic at once; during fast typing at most
// one pass starts per `interval`. A file's importers are re-checked after
// it. Failed `expect`s of a run are merged in while its results are current
// (the options' `runDiagnostics` says which).
import { DiagnosticSeverity, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver';
import type { Diagnostic as LanguageDiagnostic } from '../language/diagnostic';
import type { LineIndex } from '../language/syntax/text';
import { spanToRange } from './positions';

export interface CheckedFile {
  diagnostics: Diagnostic[];
  /** The version of the text that was checked (open documents only). */
  version?: number;
}

export interface DiagnosticSource {
  /** The file's diagnostics; undefined when the file is gone or is not reported on its own. */
  check(uri: string): CheckedFile | undefined | Promise<CheckedFile | undefined>;
  /** Files whose diagnostics may change when this one does (its importers, transitively). */
  dependents(uri: string): string[] | Promise<string[]>;
  /** The open document's current version: a check of an older text is not published. */
  version(uri: string): number | undefined;
}

export interface DiagnosticsPublisherOptions {
  /** Minimum milliseconds between the starts of two passes. */
  interval?: number;
  /** Diagnostics of the file's latest runs (failed `expect`s), published with its own; none when absent. */
  runDiagnostics?: (uri: string) => Diagnostic[];
}

export class DiagnosticsPublisher {
  /** Dirty files; insertion order is the order they are checked in. */
  private readonly dirty = new Set<string>();
  /** Changed files whose importers are re-checked after them. */
  private readonly importersToo = new Set<string>();
  private readonly runDiagnostics: (uri: string) => Diagnostic[];
  private readonly interval: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private lastPassStart = -Infinity;
  private idleWaiters: (() => void)[] = [];
  private disposed = false;

  constructor(
    private readonly source: DiagnosticSource,
    private readonly send: (params: PublishDiagnosticsParams) => void,
    options: DiagnosticsPublisherOptions = {},
  ) {
    this.interval = options.interval ?? 100;
    this.runDiagnostics = options.runDiagnostics ?? (() => []);
  }

  /** A file's text changed: it and its importers are re-checked. */
  changed(uri: string): void {
    this.importersToo.add(uri);
    this.markDirty([uri]);
  }

  /** Re-checks files whose text did not change (a workspace scan, an opened file, new run results). */
  check(uris: readonly string[]): void {
    this.markDirty(uris);
  }

  /** Removes a file's diagnostics from the client now (a closed document outside the workspace). */
  clear(uri: string): void {
    this.dirty.delete(uri);
    this.send({ uri, diagnostics: [] });
  }

  /** Resolves when no file is dirty and no pass is running (for tests and benchmarks). */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.dirty.clear();
    this.notifyIfIdle();
  }

  private isIdle(): boolean {
    return this.dirty.size === 0 && !this.running && !this.timer;
  }

  private markDirty(uris: readonly string[]): void {
    if (this.disposed) return;
    for (const uri of uris) this.dirty.add(uri);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer || this.running || this.dirty.size === 0 || this.disposed) return;
    const wait = Math.max(0, this.lastPassStart + this.interval - performance.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.pass().finally(() => {
        this.running = undefined;
        this.schedule();
        this.notifyIfIdle();
      });
    }, wait);
  }

  private async pass(): Promise<void> {
    this.lastPassStart = performance.now();
    while (this.dirty.size > 0 && !this.disposed) {
      const [uri] = this.dirty;
      this.dirty.delete(uri);
      await this.publish(uri);
      if (this.importersToo.delete(uri)) {
        const importers = await this.source.dependents(uri);
        for (const importer of importers) this.dirty.add(importer);
      }
      // Let requests in between two files even when the source answers synchronously.
      if (this.dirty.size > 0) await nextTurn();
    }
  }

  private async publish(uri: string): Promise<void> {
    let checked: CheckedFile | undefined;
    try {
      checked = await this.source.check(uri);
    } catch (error) {
      // An analysis bug must not stop diagnostics for every other file.
      checked = { diagnostics: [internalError(error)], version: this.source.version(uri) };
    }
    if (this.disposed) return;
    if (checked === undefined) {
      this.send({ uri, diagnostics: [] });
      return;
    }
    const current = this.source.version(uri);
    // The text changed while it was checked: it is dirty again, and the newer check will be published.
    if (checked.version !== undefined && current !== undefined && checked.version < current) return;
    let run: Diagnostic[];
    try {
      run = this.runDiagnostics(uri);
    } catch (error) {
      run = [internalError(error)];
    }
    this.send({ uri, version: checked.version, diagnostics: [...checked.diagnostics, ...run] });
  }

  private notifyIfIdle(): void {
    if (!this.isIdle() && !this.disposed) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function internalError(error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: 'hostnet',
    message: `internal error while checking this file: ${message}`,
  };
}

const SEVERITY: Record<LanguageDiagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** A file's own diagnostics from its analysis, as LSP sends them. */
export function lspDiagnostics(analysis: { uri: string; lines: LineIndex; diagnostics: LanguageDiagnostic[] }): Diagnostic[] {
  return analysis.diagnostics.filter((d) => d.uri === analysis.uri).map((d) => toLspDiagnostic(analysis.lines, d));
}

/** The language layer's diagnostic as LSP sends it; `data` carries what code actions need. */
export function toLspDiagnostic(lines: LineIndex, diagnostic: LanguageDiagnostic): Diagnostic {
  const converted: Diagnostic = {
    range: spanToRange(lines, diagnostic.span),
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    source: 'hostnet',
    message: diagnostic.message,
  };
  if (diagnostic.data) converted.data = diagnostic.data;
  return converted;
}
