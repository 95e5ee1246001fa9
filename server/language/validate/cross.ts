// Checks that relate several blocks: cores against the host, stages against
// the stack, traffic against its chain and NICs, links against each other.
import {
  OPEN_LOOP_PATTERNS, formatSI, meanBytes, sizeDistribution, stageKind, wireBitsPerSecond, WIRE_OVERHEAD_BYTES,
} from '../catalog';
import { diagnostic, type Diagnostic } from '../diagnostic';
import type { FileSource } from '../files';
import { loadTrace } from '../trace';
import type { HnetSymbol, LinkResult } from '../link';
import { childBlocks, pathText, type Block, type Span, type Value } from '../syntax/ast';
import { blockLabelSpan } from './structure';
import { effectiveNumber, effectiveValue, effectiveWord, findProperty } from './read';
import { chainHost, chainNic, chainsIn, cpuBlock, hostCores, isLoadgen, lookup, trafficEnds, trafficVia, type Scope } from './infer';
import type { Interpreted } from './values';

function symbolsOf(linked: LinkResult, kind: HnetSymbol['kind']): HnetSymbol[] {
  return linked.symbols.filter((s) => s.kind === kind);
}

function numbersIn(value: Value | undefined): { value: number; span: Span }[] {
  if (!value) return [];
  const items = value.type === 'List' ? value.items : [value];
  return items.flatMap((item) => (item.type === 'Number' && !item.unit ? [{ value: item.value, span: item.span }] : []));
}

function coreProblem(uri: string, span: Span, core: number, host: HnetSymbol, cores: number): Diagnostic {
  return diagnostic('HN017', uri, span, `core ${core} is beyond host \`${host.name}\`'s ${cores} cores (0–${cores - 1})`, {
    range: { min: 0, max: cores - 1 },
  });
}

function checkChain(uri: string, chain: HnetSymbol, scope: Scope, out: Diagnostic[]): void {
  const host = chainHost(chain, scope);
  const stages = childBlocks(chain.block).filter((b) => b.keyword.text === 'stage');
  if (stages.length === 0) out.push(diagnostic('HN030', uri, blockLabelSpan(chain.block), `chain \`${chain.name}\` has no stages`));
  const cores = host ? hostCores(host) : undefined;
  if (host && cores !== undefined) {
    const listed = numbersIn(findProperty(chain.block, 'cores')?.value);
    for (const item of listed) if (item.value >= cores) out.push(coreProblem(uri, item.span, item.value, host, cores));
    for (const stage of stages) {
      for (const item of numbersIn(findProperty(stage, 'core')?.value)) {
        if (item.value >= cores) out.push(coreProblem(uri, item.span, item.value, host, cores));
      }
    }
    const pipelining = findProperty(chain.block, 'pipelining');
    const usable = listed.length > 0 ? listed.length : cores;
    if (pipelining?.value && effectiveWord(chain.block, 'chain', 'pipelining') === 'falcon' && usable < 2) {
      out.push(
        diagnostic('HN019', uri, pipelining.value.span, `FALCON pipelines a flow's stages over several cores, but chain \`${chain.name}\` has only ${usable} core`),
      );
    }
  }
  const stack = effectiveWord(chain.block, 'chain', 'stack');
  if (stack) {
    for (const stage of stages) {
      const kind = stage.stageKind && stageKind(stage.stageKind.text);
      if (!kind || kind.stacks.includes(stack as never)) continue;
      out.push(
        diagnostic('HN018', uri, stage.stageKind!.span, `stage \`${kind.kind}\` does not fit a ${stack} chain (it fits ${kind.stacks.join(', ')})`),
      );
    }
  }
  checkUnreachable(uri, stages, out);
  if (host && !findProperty(chain.block, 'nic')) {
    const { symbol, candidates } = chainNic(chain, scope);
    if (!symbol) {
      const message = candidates.length === 0
        ? `chain \`${chain.name}\` has no NIC to receive from: host \`${host.name}\` has none`
        : `chain \`${chain.name}\` needs \`nic\`: host \`${host.name}\` has ${candidates.length} NICs (${candidates.map((c) => c.name).join(', ')})`;
      out.push(diagnostic('HN028', uri, blockLabelSpan(chain.block), message, { suggestions: candidates.map((c) => c.name) }));
    }
  }
  const numaNodes = host ? effectiveNumber(cpuBlock(host), 'cpu', 'numa_nodes') : undefined;
  const numa = findProperty(chain.block, 'numa')?.value;
  if (numaNodes !== undefined && numa?.type === 'Number' && numa.value >= numaNodes) {
    out.push(diagnostic('HN034', uri, numa.span, `NUMA node ${numa.value} is beyond host \`${host!.name}\`'s ${numaNodes} node(s)`));
  }
}

function checkUnreachable(uri: string, stages: Block[], out: Diagnostic[]): void {
  const ending = stages.findIndex((s) => ['drop', 'forward'].includes(effectiveWord(s, 'stage', 'action') ?? 'pass'));
  if (ending < 0 || ending === stages.length - 1) return;
  const span = { start: stages[ending + 1].span.start, end: stages[stages.length - 1].span.end };
  const action = effectiveWord(stages[ending], 'stage', 'action');
  out.push(diagnostic('HN031', uri, span, `stages after \`${stages[ending].name?.text ?? stages[ending].stageKind?.text}\` (action = ${action}) are never reached`));
}

function checkHost(uri: string, host: HnetSymbol, out: Diagnostic[]): void {
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

/** Mean frame bytes of a `size` value. */
function frameBytes(size: Interpreted | undefined): number | undefined {
  if (size?.kind === 'number') return size.value;
  if (size?.kind === 'word') {
    const dist = sizeDistribution(size.value);
    return dist ? meanBytes(dist) : undefined;
  }
  return undefined;
}

/** Warns when a rate puts more bits on the wire than a NIC carries. */
export function lineRateProblem(uri: string, rate: Interpreted, bytes: number, nics: HnetSymbol[]): Diagnostic | undefined {
  if (rate.kind !== 'number' || !rate.unit) return undefined;
  const pps = rate.unit === 'packetRate' ? rate.value : rate.value / (bytes * 8);
  const wire = wireBitsPerSecond(pps, bytes);
  for (const nic of nics) {
    const speed = effectiveNumber(nic.block, 'nic', 'speed');
    if (speed === undefined || wire <= speed * (1 + 1e-9)) continue;
    const maxPps = speed / ((bytes + WIRE_OVERHEAD_BYTES) * 8);
    const message =
      `offered load ${formatSI(wire, 'bandwidth')} on the wire (${Math.round(bytes * 10) / 10} B frames + ${WIRE_OVERHEAD_BYTES} B preamble and gap) ` +
      `is above the ${formatSI(speed, 'bandwidth')} line rate of \`${nic.qualifiedName}\` (at most ${formatSI(maxPps, 'packetRate')})`;
    return diagnostic('HN020', uri, rate.span, message);
  }
  return undefined;
}

/** The NICs a traffic crosses: the sender's (when it has one) and the receiving chain's. */
export function trafficNics(traffic: HnetSymbol, scope: Scope): HnetSymbol[] {
  const ends = trafficEnds(traffic, scope);
  const nics: HnetSymbol[] = [];
  const fromNics = ends.from ? [...ends.from.members.values()].filter((m) => m.kind === 'nic') : [];
  if (fromNics.length === 1) nics.push(fromNics[0]);
  const via = trafficVia(traffic, scope).symbol;
  const nic = via ? chainNic(via, scope).symbol : undefined;
  if (nic && !nics.includes(nic)) nics.push(nic);
  return nics;
}

export function trafficFrameBytes(traffic: HnetSymbol): number | undefined {
  return frameBytes(effectiveValue(traffic.block, 'traffic', 'size'));
}

function checkTraffic(uri: string, traffic: HnetSymbol, scope: Scope, files: FileSource | undefined, out: Diagnostic[]): void {
  const ends = trafficEnds(traffic, scope);
  const viaProperty = findProperty(traffic.block, 'via');
  const via = trafficVia(traffic, scope);
  if (viaProperty?.value && via.symbol && ends.toHost && !ends.forward) {
    const host = chainHost(via.symbol, scope);
    if (host && host !== ends.toHost) {
      const onTarget = chainsIn(scope).filter((chain) => chainHost(chain, scope) === ends.toHost);
      out.push(
        diagnostic('HN025', uri, viaProperty.value.span, `chain \`${via.symbol.name}\` runs on \`${host.name}\`, but this traffic goes to \`${ends.toHost.name}\``, {
          suggestions: onTarget.map((c) => c.name),
        }),
      );
    }
  }
  if (!viaProperty && ends.toHost && !via.symbol) {
    const where = ends.forward ? 'no single chain can forward it' : `host \`${ends.toHost.name}\` has ${via.candidates.length === 0 ? 'no chain' : `${via.candidates.length} chains`}`;
    const list = via.candidates.length > 0 ? ` (${via.candidates.map((c) => c.name).join(', ')})` : '';
    out.push(
      diagnostic('HN026', uri, blockLabelSpan(traffic.block), `traffic \`${traffic.name}\` needs \`via\`: ${where}${list}`, {
        suggestions: via.candidates.map((c) => c.name),
      }),
    );
  }
  const pattern = effectiveWord(traffic.block, 'traffic', 'pattern');
  const file = effectiveValue(traffic.block, 'traffic', 'file');
  if (pattern === 'trace' && file?.kind === 'string' && files) {
    const { problem } = loadTrace(uri, file.value, files);
    if (problem) out.push(diagnostic('HN032', uri, file.span, problem));
  }
  const rate = effectiveValue(traffic.block, 'traffic', 'rate');
  const bytes = trafficFrameBytes(traffic);
  if (rate && bytes && pattern && (OPEN_LOOP_PATTERNS as readonly string[]).includes(pattern)) {
    const problem = lineRateProblem(uri, rate, bytes, trafficNics(traffic, scope));
    if (problem) out.push(problem);
  }
}

/** A NIC of a system under test has one cable; an ideal loadgen's NIC may serve several links. */
function checkLinks(uri: string, blocks: readonly Block[], scope: Scope, out: Diagnostic[]): void {
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

export function checkCrossReferences(uri: string, blocks: readonly Block[], linked: LinkResult, files?: FileSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const scope = linked.scope;
  for (const host of symbolsOf(linked, 'host')) checkHost(uri, host, out);
  for (const chain of symbolsOf(linked, 'chain')) checkChain(uri, chain, scope, out);
  for (const traffic of symbolsOf(linked, 'traffic')) checkTraffic(uri, traffic, scope, files, out);
  checkLinks(uri, blocks, scope, out);
  return out;
}
