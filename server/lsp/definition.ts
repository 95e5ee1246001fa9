// Go to definition: from a reference (or a core number) to the declaration
// of what it names, in whichever file declares it; from an import to the file.
import type { DefinitionParams, Location, LocationLink } from 'vscode-languageserver';
import { resolveRelative } from '../language/uri';
import { spanToRange, touches } from './positions';
import type { Session } from './session';

const FILE_START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function definition(session: Session, params: DefinitionParams): LocationLink[] | null {
  const uri = params.textDocument.uri;
  const analysis = session.analysis(uri);
  if (!analysis) return null;
  const offset = analysis.lines.offset(params.position);

  const imported = analysis.ast.imports.find((node) => touches(node.path.span, offset));
  if (imported) {
    const target = resolveRelative(uri, imported.path.value);
    if (!target || !session.parsed(target)) return null;
    return [{ originSelectionRange: spanToRange(analysis.lines, imported.path.span), targetUri: target, targetRange: FILE_START, targetSelectionRange: FILE_START }];
  }

  const found = session.workspace.symbolAt(uri, offset);
  if (!found) return null;
  const declaring = session.parsed(found.symbol.uri);
  if (!declaring) return null;
  return [
    {
      originSelectionRange: spanToRange(analysis.lines, found.span),
      targetUri: found.symbol.uri,
      targetRange: spanToRange(declaring.lines, found.symbol.blockSpan),
      targetSelectionRange: spanToRange(declaring.lines, found.symbol.nameSpan),
    },
  ];
}

/** The same answer for clients that do not take links. */
export function definitionLocations(links: LocationLink[] | null): Location[] | null {
  return links && links.map((link) => ({ uri: link.targetUri, range: link.targetSelectionRange }));
}
