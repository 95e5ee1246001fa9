// The one place diagnostics are published from. Edits mark files dirty; a
// throttled pass analyses them one file at a time, yielding to the event
// loop between files so that formatting, completion and other requests are
// answered in between. An isolated edit is analysed on the next turn of the
// event loop (so a fix clears its diagnostic at once); during fast typing at
// most one pass starts per `interval`. Failed `expect`s of a run are merged
// in until the file changes.
import { DiagnosticSeverity, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver';
import type { Diagnostic as LanguageDiagnostic } from '../language/diagnostic';
import type { LineIndex } from '../language/syntax/text';
import { spanToRange } from './positions';

export interface DiagnosticSource {
  /** The file's diagnostics now, or undefined when the file no longer exists. */
  diagnostics(uri: string): Diagnostic[] | undefined;
  /** Files whose diagnostics may change when this one does (its importers, transitively). */
  dependents(uri: string): string[];
  /** The open document's version, so clients can drop diagnostics for stale text. */
  version(uri: string): number | undefined;
}

export interface DiagnosticsPublisherOptions {
  /** Minimum milliseconds between the starts of two passes. */
  interval?: number;
}

export class DiagnosticsPublisher {
  /** Dirty files; insertion order is the order they are analysed in. */
  private readonly dirty = new Set<string>();
  private readonly runDiagnostics = new Map<string, Diagnostic[]>();
  private readonly interval: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private lastPassStart = -Infinity;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly source: DiagnosticSource,
    private readonly send: (params: PublishDiagnosticsParams) => void,
    options: DiagnosticsPublisherOptions = {},
  ) {
    this.interval = options.interval ?? 100;
  }

  /** A file's text changed: it and its dependents are re-checked; its run results no longer apply. */
  changed(uri: string): void {
    this.runDiagnostics.delete(uri);
    this.markDirty([uri, ...this.source.dependents(uri)]);
  }

  /** Re-checks files without dropping their run diagnostics (a workspace scan, an opened file). */
  check(uris: readonly string[]): void {
    this.markDirty(uris);
  }

  /** Failed `expect`s of a run, shown with the file's own diagnostics until it changes. */
  setRunDiagnostics(uri: string, diagnostics: Diagnostic[]): void {
    if (diagnostics.length === 0) this.runDiagnostics.delete(uri);
    else this.runDiagnostics.set(uri, diagnostics);
    this.markDirty([uri]);
  }

  /** Removes a file's diagnostics from the client now (a closed document outside the workspace). */
  clear(uri: string): void {
    this.dirty.delete(uri);
    this.runDiagnostics.delete(uri);
    this.send({ uri, diagnostics: [] });
  }

  /** Resolves when no file is dirty and no pass is running (for tests and benchmarks). */
  idle(): Promise<void> {
    if (this.dirty.size === 0 && !this.running && !this.timer) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.dirty.clear();
  }

  private markDirty(uris: readonly string[]): void {
    for (const uri of uris) {
      // Re-inserting moves a file to the end; the first-marked file stays first.
      if (!this.dirty.has(uri)) this.dirty.add(uri);
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer || this.running || this.dirty.size === 0) return;
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
    while (this.dirty.size > 0) {
      const [uri] = this.dirty;
      this.dirty.delete(uri);
      this.publish(uri);
      if (this.dirty.size > 0) await nextTurn();
    }
  }

  private publish(uri: string): void {
    let diagnostics: Diagnostic[] | undefined;
    try {
      diagnostics = this.source.diagnostics(uri);
    } catch (error) {
      // An analysis bug must not stop diagnostics for every other file.
      diagnostics = [internalError(error)];
    }
    if (diagnostics === undefined) {
      this.runDiagnostics.delete(uri);
      this.send({ uri, diagnostics: [] });
      return;
    }
    const run = this.runDiagnostics.get(uri) ?? [];
    this.send({ uri, version: this.source.version(uri), diagnostics: [...diagnostics, ...run] });
  }

  private notifyIfIdle(): void {
    if (this.dirty.size > 0 || this.running || this.timer) return;
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
