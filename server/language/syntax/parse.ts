// The entry point of the syntax layer: text in, typed tree and errors out.
// Never throws. One parser instance serves every call (the LSP reparses on
// each keystroke).

import type { HnetFile, SyntaxError } from './ast';
import type { IToken } from './chevrotain';
import { tokenize } from './lexer';
import { HnetParser } from './parser';

/** More errors than this are summarised in one final error (random bytes would give tens of thousands). */
export const MAX_ERRORS = 100;

export interface ParsedDocument {
  file: HnetFile;
  /** The parser's tokens (no whitespace or comments), for the formatter and semantic tokens. */
  tokens: IToken[];
}

const parser = new HnetParser();

export function parse(text: string): HnetFile {
  return parseDocument(text).file;
}

export function parseDocument(text: string): ParsedDocument {
  try {
    const lexed = tokenize(text);
    const file = parser.parse(text, lexed);
    file.errors = capErrors(file.errors);
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

function capErrors(errors: SyntaxError[]): SyntaxError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const kept = errors.slice(0, MAX_ERRORS);
  const rest = errors.length - MAX_ERRORS;
  kept.push({ message: `${rest} more syntax errors not shown`, span: errors[MAX_ERRORS].span });
  return kept;
}
