// Document links: each import's path opens the imported file; a trace
// traffic's `file` opens the trace.
import { existsSync } from 'node:fs';
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import { pathText, properties, type Block, type StringLit } from '../language/syntax/ast';
import { resolveRelative, uriToPath } from '../language/uri';
import { spanToRange } from './positions';
import type { Session } from './session';

export function documentLinks(session: Session, params: DocumentLinkParams): DocumentLink[] {
  const uri = params.textDocument.uri;
  const parsed = session.parsed(uri);
  if (!parsed) return [];
  const links: DocumentLink[] = [];
  const link = (literal: StringLit, exists: (target: string) => boolean): void => {
    const target = resolveRelative(uri, literal.value);
    if (!target || !exists(target)) return;
    // Inside the quotes.
    const span = { start: literal.span.start + 1, end: Math.max(literal.span.start + 1, literal.span.end - 1) };
    links.push({ range: spanToRange(parsed.lines, span), target });
  };
  for (const node of parsed.ast.imports) link(node.path, (target) => session.parsed(target) !== undefined);
  const traffic = parsed.ast.blocks.filter((block: Block) => block.keyword.text === 'traffic');
  for (const block of traffic) {
    const file = properties(block).find((p) => pathText(p.key) === 'file')?.value;
    if (file?.type === 'String') link(file, (target) => existsSync(uriToPath(target) ?? ''));
  }
  return links;
}
