// The entry point of the syntax layer: text in, typed tree and errors out.
// Never throws. One parser instance serves every call (the LSP reparses on
// each keystroke).

import type { HnetFile } from './ast';
import { tokenObjects, type Token } from './lexer';
import { HnetParser } from './parser';
import { scan } from './scanner';

export interface ParsedDocument {
  file: HnetFile;
  /** The parser's tokens (no whitespace or comments), for the formatter and semantic tokens. */
  tokens: Token[];
}

const parser = new HnetParser();

export function parse(text: string): HnetFile {
  try {
    return parser.parse(text, scan(text));
  } catch (error) {
    return internalError(text, error);
  }
}

export function parseDocument(text: string): ParsedDocument {
  try {
    const scanned = scan(text);
    const file = parser.parse(text, scanned);
    return { file, tokens: tokenObjects(text, scanned.tokens) };
  } catch (error) {
    return { file: internalError(text, error), tokens: [] };
  }
}

/** A bug must not take the language server down with it: it is reported as an error of the file. */
function internalError(text: string, error: unknown): HnetFile {
  const message = `internal parser error: ${error instanceof Error ? error.message : String(error)}`;
  return {
    type: 'File',
    span: { start: 0, end: text.length },
    imports: [],
    blocks: [],
    comments: [],
    errors: [{ message, span: { start: 0, end: 0 } }],
  };
}
