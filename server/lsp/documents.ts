// The texts the server knows: documents open in the editor (incremental sync)
// first, and every `.hnet` file under the workspace folders from disk
// otherwise. The disk side is read asynchronously when the workspace is
// scanned and refreshed on file-watcher events, so analysis reads texts
// from memory and never waits on the disk.
import { readFile } from 'node:fs/promises';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { diskFileSource, findHnetFiles } from '../language/files';
import { pathToUri, uriToPath } from '../language/uri';

/** A workspace larger than this is indexed only partly, so a misplaced root cannot exhaust memory. */
const MAX_INDEXED_FILES = 20_000;

export class DocumentStore {
  /** Documents open in the client, kept in sync incrementally. */
  private readonly open = new Map<string, TextDocument>();
  /** Texts read from disk by URI: indexed files and imports from elsewhere. */
  private readonly disk = new Map<string, string>();
  /** Files found under the workspace folders (or created there since). */
  private readonly indexed = new Set<string>();
  /** Files looked for and not found, so a missing import is not searched for on every keystroke. */
  private readonly missing = new Set<string>();

  didOpen(uri: string, version: number, text: string): void {
    this.open.set(uri, TextDocument.create(uri, 'hostnet', version, text));
  }

  /** Applies the client's changes (ranges, or a whole text) in order. */
  didChange(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    const document = this.open.get(uri);
    if (document) this.open.set(uri, TextDocument.update(document, changes, version));
  }

  didClose(uri: string): void {
    this.open.delete(uri);
  }

  /** The open document, for position ↔ offset conversion of requests. */
  document(uri: string): TextDocument | undefined {
    return this.open.get(uri);
  }

  /** The current text of a file: the editor's version when open, else the disk's. */
  text(uri: string): string | undefined {
    const document = this.open.get(uri);
    if (document) return document.getText();
    const cached = this.disk.get(uri);
    if (cached !== undefined) return cached;
    if (this.missing.has(uri)) return undefined;
    // An import outside the indexed folders: read it once, then keep it.
    const text = diskFileSource.read(uri);
    if (text === undefined) this.missing.add(uri);
    else this.disk.set(uri, text);
    return text;
  }

  /** The version of an open document; undefined for files only on disk. */
  version(uri: string): number | undefined {
    return this.open.get(uri)?.version;
  }

  openUris(): string[] {
    return [...this.open.keys()];
  }

  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }

  /** Whether the file is on disk in a workspace folder (so closing it keeps its diagnostics). */
  isIndexed(uri: string): boolean {
    return this.indexed.has(uri);
  }

  /** Every `.hnet` file of the workspace: open ones and those found on disk. */
  uris(): string[] {
    const all = new Set(this.indexed);
    for (const uri of this.open.keys()) all.add(uri);
    return [...all];
  }

  /** Walks the folders for `.hnet` files and reads them; returns the URIs found. */
  async scan(folderUris: readonly string[]): Promise<string[]> {
    const found: string[] = [];
    for (const folder of folderUris) {
      const path = uriToPath(folder);
      if (path) for (const file of await findHnetFiles(path, MAX_INDEXED_FILES - found.length)) found.push(pathToUri(file));
    }
    await Promise.all(found.map((uri) => this.reload(uri)));
    return found;
  }

  /** Rereads one workspace file from disk (found by a scan, or a watcher said it was created or changed). */
  async reload(uri: string): Promise<void> {
    const path = uriToPath(uri);
    if (!path) return;
    this.missing.delete(uri);
    try {
      this.disk.set(uri, await readFile(path, 'utf8'));
      this.indexed.add(uri);
    } catch {
      this.forget(uri);
    }
  }

  /** Forgets a file deleted on disk (an open document stays known through the editor). */
  forget(uri: string): void {
    this.disk.delete(uri);
    this.indexed.delete(uri);
    this.missing.delete(uri);
  }

  /** Adds a workspace file without a disk, for tests and benchmarks. */
  addWorkspaceFile(uri: string, text: string): void {
    this.disk.set(uri, text);
    this.indexed.add(uri);
  }
}
