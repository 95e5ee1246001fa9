// Reads syntaxes/snippets.json and expands snippet bodies as VS Code would insert them.

export interface Snippet {
  prefix: string;
  body: string[];
  description: string;
}

/** `${1|a,b|}`: a choice; group 1 is its comma-separated values. */
export const CHOICE = /\$\{\d+\|([^|}]*)\|\}/g;
/** `${1:text}`: a placeholder; group 1 is its default text. */
export const PLACEHOLDER = /\$\{\d+:([^{}]*)\}/g;
/** `$0`, `$1`: a bare tab stop. */
export const TAB_STOP = /\$\d+/g;

/** The text the snippet inserts when every field keeps its default (a choice its first value). */
export function expandSnippet(body: string[]): string {
  return body
    .join('\n')
    .replace(CHOICE, (_, choices: string) => choices.split(',')[0])
    .replace(PLACEHOLDER, (_, text: string) => text)
    .replace(TAB_STOP, '')
    .replace(/\t/g, '  ');
}
