// Rename across files: the declaration and every reference by name. An
// unnamed stage (`stage gro`, whose name is its kind) is renamed by giving
// it a name (`stage gro fast_gro`) and rewriting its references.
import {
  ErrorCodes,
  ResponseError,
  type PrepareRenameParams,
  type Range,
  type RenameParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { HnetSymbol } from '../language/link';
import { isKeyword } from '../language/syntax/lexer';
import { spanToRange } from './positions';
import { nameReferences } from './references';
import type { Session } from './session';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export function prepareRename(session: Session, params: PrepareRenameParams): { range: Range; placeholder: string } | null {
  const uri = params.textDocument.uri;
  const found = session.workspace.symbolAt(uri, session.offset(uri, params.position));
  if (!found || found.reference?.kind === 'core') return null;
  const lines = session.parsed(uri)!.lines;
  return { range: spanToRange(lines, found.span), placeholder: found.symbol.name };
}

export function rename(session: Session, params: RenameParams): WorkspaceEdit {
  const uri = params.textDocument.uri;
  const found = session.workspace.symbolAt(uri, session.offset(uri, params.position));
  if (!found || found.reference?.kind === 'core') throw new ResponseError(ErrorCodes.InvalidRequest, 'there is no name to rename here');
  const { symbol } = found;
  const newName = params.newName.trim();
  checkName(session, symbol, newName);

  const changes: Record<string, TextEdit[]> = {};
  const edit = (target: string, range: Range, newText: string): void => {
    (changes[target] ??= []).push({ range, newText });
  };
  const declaring = session.parsed(symbol.uri);
  if (declaring) {
    const range = spanToRange(declaring.lines, symbol.nameSpan);
    if (symbol.named) edit(symbol.uri, range, newName);
    else edit(symbol.uri, { start: range.end, end: range.end }, ` ${newName}`);
  }
  for (const reference of nameReferences(session, symbol)) {
    const document = session.parsed(reference.uri);
    if (document) edit(reference.uri, spanToRange(document.lines, reference.span), newName);
  }
  return { changes };
}

function checkName(session: Session, symbol: HnetSymbol, newName: string): void {
  if (!IDENTIFIER.test(newName)) {
    throw new ResponseError(ErrorCodes.InvalidParams, `\`${newName}\` is not a name: use letters, digits, \`_\` and \`-\`, starting with a letter or \`_\``);
  }
  if (isKeyword(newName)) throw new ResponseError(ErrorCodes.InvalidParams, `\`${newName}\` is a keyword`);
  if (newName === symbol.name && symbol.named) return;
  let clash = symbol.parent?.members.get(newName);
  if (!symbol.parent) {
    // Every file that sees the symbol must not see another one of the new name.
    const seeing = new Set([symbol.uri, ...nameReferences(session, symbol).map((r) => r.uri)]);
    for (const uri of seeing) clash ??= session.analysis(uri)?.link.scope.get(newName);
  }
  if (clash) {
    const where = symbol.parent ? `in \`${symbol.parent.qualifiedName}\`` : 'in scope';
    throw new ResponseError(ErrorCodes.InvalidParams, `${clash.kind} \`${clash.qualifiedName}\` already exists ${where}`);
  }
}
