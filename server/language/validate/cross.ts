// Checks that relate several blocks: cores against the host, stages against
// the stack, traffic against its chain and NICs, links against each other.
import type { Diagnostic } from '../diagnostic';
import type { FileSource } from '../files';
import type { HnetSymbol, LinkResult } from '../link';
import type { Block } from '../syntax/ast';
import { checkChain } from './chains';
import { checkHost, checkLinks } from './hosts';
import { checkTraffic } from './traffic';

function symbolsOf(linked: LinkResult, kind: HnetSymbol['kind']): HnetSymbol[] {
  return linked.symbols.filter((s) => s.kind === kind);
}

export function checkCrossReferences(uri: string, blocks: readonly Block[], linked: LinkResult, files?: FileSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const scope = linked.scope;
  for (const host of symbolsOf(linked, 'host')) checkHost(uri, host, out);
  for (const chain of symbolsOf(linked, 'chain')) checkChain(uri, chain, scope, out);
  for (const traffic of symbolsOf(linked, 'traffic')) checkTraffic(uri, traffic, scope, files, out);
  checkLinks(uri, blocks, scope, out);
  return out;
}
