// The entry point of the syntax layer: text in, typed tree and errors out.
// Never throws. One parser instance serves every call (the LSP reparses on
// each keystroke).

import type { HnetFile } from './ast';
import { tokenize, type Token } from './lexer';
import { HnetParser } from './parser';

export interface ParsedDocument {
  file: HnetFile;
  /** The parser's tokens (no whitespace or comments), for the formatter and semantic tokens. */
  tokens: Token[];
}

const parser = new HnetParser();

export function parse(text: string): HnetFile {
  return parseDocument(text).file;
}

export function parseDocument(text: string): ParsedDocument {
  try {
    const lexed = tokenize(text);
    const file = parser.parse(text, lexed);
    return { file, tokens: lexed.tokens };
  } catch (error) {
    // A bug must not take the language server down with it: report it as an error of the file.
    const message = `internal parser error: ${error instanceof Error ? error.message : String(error)}`;
    const file: HnetFile = {
      type: 'File',
      span: { start: 0, end: text.length },
      imports: [],
      blocks: [],
      comments: [],
      errors: [{ message, span: { start: 0, end: 0 } }],
    };
    return { file, tokens: [] };
  }
}
