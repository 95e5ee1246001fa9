// The symbols one document declares. Depends only on the document's own
// tree, so the workspace keeps it until the text changes.
import { blockSpec } from '../catalog/blocks';
import { describeSymbolKinds } from '../catalog/describe';
import type { SymbolKind } from '../catalog/types';
import { diagnostic, type Diagnostic } from '../diagnostic';
import { childBlocks, type Block, type HnetFile, type Ident } from '../syntax/ast';
import type { HnetSymbol } from './types';

export interface Declarations {
  uri: string;
  /** Every symbol, members after their parent. */
  symbols: HnetSymbol[];
  /** Top-level symbols by name (the first of duplicates). */
  topLevel: ReadonlyMap<string, HnetSymbol>;
  /** Duplicate names within the document. */
  diagnostics: Diagnostic[];
}


/** Shared by every symbol that cannot have members (all but hosts and chains): saves a Map per stage. */
const NO_MEMBERS: ReadonlyMap<string, HnetSymbol> = new Map();

export function declare(uri: string, file: HnetFile): Declarations {
  const symbols: HnetSymbol[] = [];
  const topLevel = new Map<string, HnetSymbol>();
  const diagnostics: Diagnostic[] = [];

  function make(kind: SymbolKind, block: Block, nameIdent: Ident, named: boolean, parent?: HnetSymbol): HnetSymbol {
    const symbol: HnetSymbol = {
      kind,
      name: nameIdent.text,
      qualifiedName: parent ? `${parent.qualifiedName}.${nameIdent.text}` : nameIdent.text,
      uri,
      nameSpan: nameIdent.span,
      blockSpan: block.span,
      block,
      named,
      parent,
      members: kind === 'host' || kind === 'chain' ? new Map() : NO_MEMBERS,
    };
    symbols.push(symbol);
    return symbol;
  }

  function declareMembers(parent: HnetSymbol) {
    const members = parent.members as Map<string, HnetSymbol>;
    for (const child of childBlocks(parent.block)) {
      const spec = blockSpec(child.keyword.text);
      const kind = spec?.symbol;
      if (!kind || !spec.parents.includes(parent.block.keyword.text as never)) continue;
      const ident = child.name ?? (kind === 'stage' ? child.stageKind : undefined);
      if (!ident) continue;
      const existing = members.get(ident.text);
      const symbol = make(kind, child, ident, child.name !== undefined, parent);
      if (!existing) {
        members.set(ident.text, symbol);
        continue;
      }
      const message =
        kind === 'stage' && !child.name
          ? `\`${parent.name}\` already has a stage named \`${ident.text}\`: give this one a name (\`stage ${ident.text} ${ident.text}2\`)`
          : `\`${parent.name}\` already has ${describeSymbolKinds([existing.kind])} named \`${ident.text}\``;
      diagnostics.push(diagnostic('HN012', uri, ident.span, message));
    }
  }

  for (const block of file.blocks) {
    const spec = blockSpec(block.keyword.text);
    if (!spec?.symbol || !spec.parents.includes('file') || !block.name) continue;
    const symbol = make(spec.symbol, block, block.name, true);
    const existing = topLevel.get(block.name.text);
    if (existing) {
      diagnostics.push(
        diagnostic('HN012', uri, block.name.span, `\`${block.name.text}\` is already defined as ${describeSymbolKinds([existing.kind])} in this file`),
      );
    } else {
      topLevel.set(block.name.text, symbol);
    }
    if (spec.symbol === 'host' || spec.symbol === 'chain') declareMembers(symbol);
  }
  return { uri, symbols, topLevel, diagnostics };
}
