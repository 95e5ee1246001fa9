// Checks of a chain: its stages against its stack and host, its cores, its NIC.
import { stageKind } from '../catalog/stages';
import { diagnostic, type Diagnostic } from '../diagnostic';
import type { HnetSymbol } from '../link';
import { childBlocks, type Block, type Span, type Value } from '../syntax/ast';
import { chainHost, chainNic, cpuBlock, hostCores, type Scope } from './infer';
import { effectiveNumber, effectiveWord, findProperty } from './read';
import { blockLabelSpan } from './structure';

function numbersIn(value: Value | undefined): { value: number; span: Span }[] {
  const numbers: { value: number; span: Span }[] = [];
  if (!value) return numbers;
  // A loop rather than flatMap: this runs for every chain and stage.
  for (const item of value.type === 'List' ? value.items : [value]) {
    if (item.type === 'Number' && !item.unit) numbers.push({ value: item.value, span: item.span });
  }
  return numbers;
}

export function coreProblem(uri: string, span: Span, core: number, host: HnetSymbol, cores: number): Diagnostic {
  return diagnostic('HN017', uri, span, `core ${core} is beyond host \`${host.name}\`'s ${cores} cores (0–${cores - 1})`, {
    range: { min: 0, max: cores - 1 },
  });
}

export function checkChain(uri: string, chain: HnetSymbol, scope: Scope, out: Diagnostic[]): void {
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
