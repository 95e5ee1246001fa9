// What every feature reads: the documents, each file's parse (cached by
// text), the workspace analysis, and the results of the latest runs. The
// protocol layer (server.ts) owns one Session; unit tests and benchmarks make
// their own without a connection.
import type { HnetFile } from '../language/syntax/ast';
import type { IToken } from '../language/syntax/chevrotain';
import { parseDocument } from '../language/syntax/parse';
import { LineIndex } from '../language/syntax/text';
import { DocumentStore } from './documents';

export interface ParsedFile {
  uri: string;
  text: string;
  lines: LineIndex;
  file: HnetFile;
  /** Parser tokens (no whitespace or comments). */
  tokens: IToken[];
}

export class Session {
  private readonly parses = new Map<string, ParsedFile>();

  constructor(readonly documents: DocumentStore = new DocumentStore()) {}

  /** The file's current parse, or undefined when the file is unknown. */
  parsed(uri: string): ParsedFile | undefined {
    const text = this.documents.text(uri);
    if (text === undefined) {
      this.parses.delete(uri);
      return undefined;
    }
    const cached = this.parses.get(uri);
    if (cached && cached.text === text) return cached;
    const { file, tokens } = parseDocument(text);
    const parsed: ParsedFile = { uri, text, lines: new LineIndex(text), file, tokens };
    this.parses.set(uri, parsed);
    return parsed;
  }

  /** Drops what is cached for a file that is gone. */
  forget(uri: string): void {
    this.parses.delete(uri);
  }
}
