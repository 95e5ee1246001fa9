// Formatting: the same formatter as `hostnet fmt`. It reads only the text, so
// it never waits for analysis. A file with syntax errors is left alone. The
// edit covers only the part that changes, so clients that apply it verbatim
// keep the cursor and folds outside it.
import type { DocumentFormattingParams, TextEdit } from 'vscode-languageserver';
import { format } from '../language/syntax/format';
import { LineIndex } from '../language/syntax/text';
import type { Session } from './session';

export function formatDocument(session: Session, params: DocumentFormattingParams): TextEdit[] {
  const text = session.documents.text(params.textDocument.uri);
  if (text === undefined) return [];
  const formatted = format(text);
  if (formatted === undefined || formatted === text) return [];
  return [minimalEdit(text, formatted)];
}

/** One edit replacing what lies between the common prefix and the common suffix. */
export function minimalEdit(before: string, after: string): TextEdit {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  // Never split a `\r\n` or a surrogate pair: clients may treat either as one character.
  while (prefix > 0 && splitsPair(before, prefix)) prefix--;
  while (suffix > 0 && splitsPair(before, before.length - suffix)) suffix--;
  const lines = new LineIndex(before);
  return {
    range: { start: lines.position(prefix), end: lines.position(before.length - suffix) },
    newText: after.slice(prefix, after.length - suffix),
  };
}

function splitsPair(text: string, offset: number): boolean {
  const previous = text.charCodeAt(offset - 1);
  const next = text.charCodeAt(offset);
  return (previous === 13 && next === 10) || (previous >= 0xd800 && previous <= 0xdbff && next >= 0xdc00 && next <= 0xdfff);
}
