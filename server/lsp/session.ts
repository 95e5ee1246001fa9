// What every feature reads: the documents, the language layer's workspace
// (parse, link and validate, cached per text), and the results of the latest
// runs. The protocol layer (server.ts) owns one Session; unit tests and
// benchmarks make their own without a connection.
import type { Diagnostic } from 'vscode-languageserver';
import { Workspace, type Analysis, type ParsedDocument } from '../language/workspace';
import { toLspDiagnostic } from './diagnostics';
import { DocumentStore } from './documents';

export class Session {
  readonly workspace: Workspace;

  constructor(readonly documents: DocumentStore = new DocumentStore()) {
    this.workspace = new Workspace({ read: (uri) => documents.text(uri) });
  }

  /** Opened in the editor: the editor's text wins over the disk's from now on. */
  didOpen(uri: string, version: number, text: string): void {
    this.documents.didOpen(uri, version, text);
    this.workspace.update(uri, text);
  }

  didChange(uri: string, version: number, changes: Parameters<DocumentStore['didChange']>[2]): void {
    this.documents.didChange(uri, version, changes);
    const text = this.documents.text(uri);
    if (text !== undefined) this.workspace.update(uri, text);
  }

  /** Closed in the editor: the file is read from disk again (or is gone). */
  didClose(uri: string): void {
    this.documents.didClose(uri);
    this.workspace.invalidate(uri);
  }

  /** A watcher saw the file change on disk (an open document keeps the editor's text). */
  changedOnDisk(uri: string): void {
    if (!this.documents.isOpen(uri)) this.workspace.invalidate(uri);
  }

  /** The file parsed, without linking; undefined when it does not exist. */
  parsed(uri: string): ParsedDocument | undefined {
    return this.workspace.document(uri);
  }

  /** The file parsed, linked and validated; undefined when it does not exist. */
  analysis(uri: string): Analysis | undefined {
    return this.workspace.analyze(uri);
  }

  /**
   * The file's diagnostics for LSP; undefined when the file does not exist or
   * is neither open nor in the workspace (an import from elsewhere is checked
   * through its importer, not reported on its own).
   */
  diagnostics(uri: string): Diagnostic[] | undefined {
    if (!this.documents.isOpen(uri) && !this.documents.isIndexed(uri)) return undefined;
    const analysis = this.analysis(uri);
    if (!analysis) return undefined;
    return analysis.diagnostics.filter((d) => d.uri === uri).map((d) => toLspDiagnostic(analysis.lines, d));
  }

  dependents(uri: string): string[] {
    return this.workspace.dependents(uri);
  }

  version(uri: string): number | undefined {
    return this.documents.version(uri);
  }
}
