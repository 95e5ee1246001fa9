// Document highlights: the symbol at the cursor, its declaration (when in
// this file) and its uses in this file.
import { DocumentHighlightKind, type DocumentHighlight, type DocumentHighlightParams } from 'vscode-languageserver';
import { spanToRange } from './positions';
import type { Session } from './session';

export function documentHighlights(session: Session, params: DocumentHighlightParams): DocumentHighlight[] {
  const uri = params.textDocument.uri;
  const analysis = session.analysis(uri);
  if (!analysis) return [];
  const found = session.workspace.symbolAt(uri, analysis.lines.offset(params.position));
  if (!found) return [];
  const highlights: DocumentHighlight[] = [];
  if (found.symbol.uri === uri) highlights.push({ range: spanToRange(analysis.lines, found.symbol.nameSpan), kind: DocumentHighlightKind.Write });
  for (const reference of analysis.references) {
    if (reference.target === found.symbol && reference.kind === 'name') {
      highlights.push({ range: spanToRange(analysis.lines, reference.span), kind: DocumentHighlightKind.Read });
    }
  }
  return highlights;
}
