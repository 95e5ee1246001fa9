// Checks of hosts and links: NUMA nodes and DDIO ways, NICs with two cables.
import { diagnostic, type Diagnostic } from '../diagnostic';
import type { HnetSymbol } from '../link';
import { pathText, type Block } from '../syntax/ast';
import { cpuBlock, isLoadgen, lookup, type Scope } from './infer';
import { effectiveNumber, findProperty } from './read';

export function checkHost(uri: string, host: HnetSymbol, out: Diagnostic[]): void {
  const cpu = cpuBlock(host);
  const numaNodes = effectiveNumber(cpu, 'cpu', 'numa_nodes');
  for (const nic of host.members.values()) {
    if (nic.kind !== 'nic') continue;
    const numa = findProperty(nic.block, 'numa')?.value;
    if (numaNodes !== undefined && numa?.type === 'Number' && numa.value >= numaNodes) {
      out.push(diagnostic('HN034', uri, numa.span, `NUMA node ${numa.value} is beyond host \`${host.name}\`'s ${numaNodes} node(s)`));
    }
  }
  const ddio = findProperty(cpu, 'ddio_ways')?.value;
  const ways = effectiveNumber(cpu, 'cpu', 'llc_ways');
  const ddioWays = effectiveNumber(cpu, 'cpu', 'ddio_ways');
  if (ddio && ways !== undefined && ddioWays !== undefined && ddioWays > ways) {
    out.push(diagnostic('HN034', uri, ddio.span, `DDIO cannot use ${ddioWays} ways of a ${ways}-way LLC`));
  }
}

/** A NIC of a system under test has one cable; an ideal loadgen's NIC may serve several links. */
export function checkLinks(uri: string, blocks: readonly Block[], scope: Scope, out: Diagnostic[]): void {
  const used = new Set<HnetSymbol>();
  for (const block of blocks) {
    if (block.keyword.text !== 'link' || !block.endpoints) continue;
    for (const endpoint of block.endpoints) {
      const nic = lookup(scope, endpoint);
      if (nic?.kind !== 'nic' || !nic.parent || isLoadgen(nic.parent)) continue;
      if (used.has(nic)) out.push(diagnostic('HN033', uri, endpoint.span, `\`${pathText(endpoint)}\` is already connected by another link`));
      used.add(nic);
    }
  }
}
