// A short markdown summary of what a name points to, for hover: its header,
// the properties written in its block, its members, and where it is defined.
import type { HnetSymbol } from '../language/link';
import { pathText, type Block } from '../language/syntax/ast';
import { displayName } from '../language/uri';
import type { Session } from './session';

const MAX_PROPERTIES = 12;

export function symbolSummary(session: Session, symbol: HnetSymbol, fromUri: string): string {
  const document = session.parsed(symbol.uri);
  const text = document?.text ?? '';
  const lines = ['```hnet', header(symbol), '```'];
  const written = writtenProperties(symbol.block, text);
  if (written.length > 0) {
    const shown = written.slice(0, MAX_PROPERTIES).map((p) => `\`${p}\``).join(' · ');
    lines.push(written.length > MAX_PROPERTIES ? `${shown} · …` : shown);
  }
  const members = membersLine(symbol, text);
  if (members) lines.push('', members);
  if (!symbol.named) lines.push('', `an unnamed \`${symbol.name}\` stage: its kind is its name`);
  if (document) {
    const line = document.lines.position(symbol.nameSpan.start).line + 1;
    lines.push('', symbol.uri === fromUri ? `defined on line ${line}` : `defined in ${displayName(symbol.uri)}, line ${line}`);
  }
  return lines.join('\n');
}

function header(symbol: HnetSymbol): string {
  const block = symbol.block;
  if (symbol.kind === 'stage') return block.name ? `stage ${block.stageKind?.text ?? '?'} ${block.name.text}` : `stage ${symbol.name}`;
  const qualified = symbol.parent ? `${symbol.kind} ${symbol.qualifiedName}` : `${symbol.kind} ${symbol.name}`;
  if (symbol.kind === 'chain' && block.on) return `${qualified} on ${pathText(block.on)}`;
  return qualified;
}

function writtenProperties(block: Block, text: string): string[] {
  return block.items
    .filter((item) => item.type === 'Property' && item.value)
    .map((item) => text.slice(item.span.start, item.span.end).replace(/\s+/g, ' '));
}

function membersLine(symbol: HnetSymbol, text: string): string | undefined {
  if (symbol.kind === 'chain') {
    const stages = [...symbol.members.values()].filter((m) => m.kind === 'stage');
    return stages.length > 0 ? `stages: ${stages.map((s) => s.name).join(' → ')}` : 'no stages yet';
  }
  if (symbol.kind === 'host') {
    const parts: string[] = [];
    const cpu = symbol.block.items.find((item): item is Block => item.type === 'Block' && item.keyword.text === 'cpu');
    if (cpu) parts.push(`cpu: ${writtenProperties(cpu, text).join(', ') || 'defaults'}`);
    const nics = [...symbol.members.values()].filter((m) => m.kind === 'nic').map((m) => m.name);
    const containers = [...symbol.members.values()].filter((m) => m.kind === 'container').map((m) => m.name);
    if (nics.length > 0) parts.push(`NICs: ${nics.join(', ')}`);
    if (containers.length > 0) parts.push(`containers: ${containers.join(', ')}`);
    return parts.length > 0 ? parts.join(' · ') : undefined;
  }
  return undefined;
}
