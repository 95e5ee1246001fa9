// Facts derived from several blocks: a chain's host and NIC, a traffic's
// ends and chain, a host's core count. Validation reports when they cannot
// be derived; the lowering uses them.
import type { HnetSymbol } from '../link';
import { childBlocks, type Path } from '../syntax/ast';
import { effectiveNumber, effectiveWord, findProperty } from './read';

export type Scope = ReadonlyMap<string, HnetSymbol>;

/** Resolves `name` or `owner.member` through a scope (what the linker did, for blocks of any document). */
export function lookup(scope: Scope, path: Path | undefined, local?: HnetSymbol): HnetSymbol | undefined {
  if (!path || path.segments.some((s) => s.index)) return undefined;
  const [first, second] = path.segments;
  if (path.segments.length === 1) return local?.members.get(first.name.text) ?? scope.get(first.name.text);
  if (path.segments.length === 2) return scope.get(first.name.text)?.members.get(second.name.text);
  return undefined;
}

function pathValue(symbol: HnetSymbol, name: string): Path | undefined {
  const value = findProperty(symbol.block, name)?.value;
  return value?.type === 'Path' ? value : undefined;
}

export function cpuBlock(host: HnetSymbol) {
  return childBlocks(host.block).find((b) => b.keyword.text === 'cpu');
}

/** The host's core count, or undefined when its `cores` is invalid. */
export function hostCores(host: HnetSymbol): number | undefined {
  return effectiveNumber(cpuBlock(host), 'cpu', 'cores');
}

export function isLoadgen(host: HnetSymbol): boolean {
  return effectiveWord(host.block, 'host', 'role') === 'loadgen';
}

export function chainHost(chain: HnetSymbol, scope: Scope): HnetSymbol | undefined {
  const host = lookup(scope, chain.block.on);
  return host?.kind === 'host' ? host : undefined;
}

function membersOf(host: HnetSymbol, kind: HnetSymbol['kind']): HnetSymbol[] {
  return [...host.members.values()].filter((m) => m.kind === kind);
}

export interface Inferred {
  symbol?: HnetSymbol;
  /** When nothing was named: the candidates there were (none, or several). */
  candidates: HnetSymbol[];
}

/** The NIC a chain receives from: its `nic`, or its host's only NIC. */
export function chainNic(chain: HnetSymbol, scope: Scope): Inferred {
  const host = chainHost(chain, scope);
  if (!host) return { candidates: [] };
  const named = pathValue(chain, 'nic');
  if (named) {
    const nic = lookup(scope, named, host);
    return { symbol: nic?.kind === 'nic' ? nic : undefined, candidates: [] };
  }
  const nics = membersOf(host, 'nic');
  return nics.length === 1 ? { symbol: nics[0], candidates: nics } : { candidates: nics };
}

export interface TrafficEnds {
  from?: HnetSymbol;
  toHost?: HnetSymbol;
  toContainer?: HnetSymbol;
  /** `to` is the loadgen that sends it: the chain forwards packets back out. */
  forward: boolean;
}

export function trafficEnds(traffic: HnetSymbol, scope: Scope): TrafficEnds {
  const from = lookup(scope, pathValue(traffic, 'from'));
  const to = lookup(scope, pathValue(traffic, 'to'));
  const toHost = to?.kind === 'container' ? to.parent : to?.kind === 'host' ? to : undefined;
  return {
    from: from?.kind === 'host' ? from : undefined,
    toHost,
    toContainer: to?.kind === 'container' ? to : undefined,
    forward: toHost !== undefined && toHost === from,
  };
}

/** Every chain visible in a scope. */
export function chainsIn(scope: Scope): HnetSymbol[] {
  return [...scope.values()].filter((s) => s.kind === 'chain');
}

/** The chain a traffic goes through: its `via`, or the only chain that can receive it. */
export function trafficVia(traffic: HnetSymbol, scope: Scope): Inferred {
  const named = pathValue(traffic, 'via');
  if (named) {
    const chain = lookup(scope, named);
    return { symbol: chain?.kind === 'chain' ? chain : undefined, candidates: [] };
  }
  const ends = trafficEnds(traffic, scope);
  if (!ends.toHost) return { candidates: [] };
  const candidates = chainsIn(scope).filter((chain) => {
    const host = chainHost(chain, scope);
    return ends.forward ? host !== undefined && host !== ends.from : host === ends.toHost;
  });
  return candidates.length === 1 ? { symbol: candidates[0], candidates } : { candidates };
}
