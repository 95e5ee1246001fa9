// `hostnet/topology`: what the client's diagram draws for a file — its
// hosts, NICs, containers, links, chains with their stages and traffic,
// including those of its imports, each with its file and 0-based line.
import { isLiteral, propertySpec, toSI } from '../language/catalog';
import type { HnetSymbol } from '../language/link';
import { pathText, properties, type Block } from '../language/syntax/ast';
import type { Analysis } from '../language/workspace';
import type { SourceLine, Topology, TopologyParams } from './protocol';
import type { Session } from './session';

export function topology(session: Session, params: TopologyParams): Topology {
  const result: Topology = { uri: params.uri, hosts: [], links: [], chains: [], traffic: [] };
  const main = session.analysis(params.uri);
  if (!main) return result;
  const documents = [main, ...main.link.closure.map((uri) => session.analysis(uri)).filter((a): a is Analysis => a !== undefined)];
  for (const analysis of documents) {
    const at = (offset: number): SourceLine => ({ uri: analysis.uri, line: analysis.lines.position(offset).line });
    const place = (symbol: HnetSymbol): SourceLine => at(symbol.nameSpan.start);
    for (const symbol of analysis.symbols) {
      const block = symbol.block;
      if (symbol.kind === 'host') {
        const members = [...symbol.members.values()];
        result.hosts.push({
          ...place(symbol),
          name: symbol.name,
          role: text(block, 'role') ?? defaultRole(),
          nics: members.filter((m) => m.kind === 'nic').map((nic) => ({ ...place(nic), name: nic.name, speed: quantity(nic.block, 'speed') })),
          containers: members.filter((m) => m.kind === 'container').map((c) => ({ ...place(c), name: c.name })),
        });
      } else if (symbol.kind === 'chain') {
        result.chains.push({
          ...place(symbol),
          name: symbol.name,
          host: block.on ? pathText(block.on) : '',
          nic: text(block, 'nic'),
          stack: text(block, 'stack'),
          stages: [...symbol.members.values()]
            .filter((m) => m.kind === 'stage')
            .map((stage) => ({ ...place(stage), kind: stage.block.stageKind?.text ?? stage.name, name: stage.name })),
        });
      } else if (symbol.kind === 'traffic') {
        result.traffic.push({ ...place(symbol), name: symbol.name, from: text(block, 'from'), to: text(block, 'to'), via: text(block, 'via') });
      }
    }
    for (const block of analysis.ast.blocks) {
      const [a, b] = block.endpoints ?? [];
      if (block.keyword.text !== 'link' || a?.segments.length !== 2 || b?.segments.length !== 2) continue;
      result.links.push({
        ...at(block.span.start),
        a: { host: a.segments[0].name.text, nic: a.segments[1].name.text },
        b: { host: b.segments[0].name.text, nic: b.segments[1].name.text },
      });
    }
  }
  return result;
}

/** A property written as a word or path (`kernel`, `sut.web`). */
function text(block: Block, name: string): string | undefined {
  const value = properties(block).find((p) => pathText(p.key) === name)?.value;
  return value?.type === 'Path' ? pathText(value) : undefined;
}

/** A property written as a quantity, in SI. */
function quantity(block: Block, name: string): number | undefined {
  const value = properties(block).find((p) => pathText(p.key) === name)?.value;
  return value?.type === 'Number' && value.unit ? toSI(value.value, value.unit.text) : undefined;
}

function defaultRole(): string {
  const spec = propertySpec('host', 'role');
  return spec?.default && isLiteral(spec.default) ? spec.default.text : '';
}
