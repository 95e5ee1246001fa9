// Find references: every place, in every workspace file, that names the
// symbol at the cursor (core numbers that count a host's cores are not
// names of the host and are left out).
import type { Location, ReferenceParams } from 'vscode-languageserver';
import type { HnetSymbol, Reference } from '../language/link';
import { spanToRange } from './positions';
import type { Session } from './session';

export function references(session: Session, params: ReferenceParams): Location[] {
  const found = session.workspace.symbolAt(params.textDocument.uri, session.offset(params.textDocument.uri, params.position));
  if (!found) return [];
  const locations: Location[] = [];
  if (params.context.includeDeclaration) {
    const declaring = session.parsed(found.symbol.uri);
    if (declaring) locations.push({ uri: found.symbol.uri, range: spanToRange(declaring.lines, found.symbol.nameSpan) });
  }
  for (const reference of nameReferences(session, found.symbol)) {
    const document = session.parsed(reference.uri);
    if (document) locations.push({ uri: reference.uri, range: spanToRange(document.lines, reference.span) });
  }
  return locations;
}

/** References by name to `symbol` from every workspace file (each analysed, or taken from the cache). */
export function nameReferences(session: Session, symbol: HnetSymbol): Reference[] {
  for (const uri of session.documents.uris()) session.analysis(uri);
  return session.workspace.findReferences(symbol).filter((reference) => reference.kind === 'name');
}
