// Sweep keys: a path from a named thing to one of its properties
// (`bulk.rate`, `overlay.priority`, `sut.cpu.cores`, `sut.eth0.ring`, `overlay.app.cost`).
import { blockSpec, propertySpec, type BlockKeyword } from '../catalog';
import { closest, didYouMean } from '../suggest';
import { pathText, type Path } from '../syntax/ast';
import type { Resolver } from './resolve';
import type { HnetSymbol, PropertyTarget } from './types';

export function resolveSweepKey(key: Path, resolver: Resolver): PropertyTarget | undefined {
  const text = pathText(key);
  const segments = key.segments;
  const indexed = segments.find((s) => s.index);
  if (indexed) {
    resolver.error('HN023', indexed.index!.span, `a sweep path names a property, such as \`bulk.rate\`; \`${text}\` has an index`);
    return undefined;
  }
  if (segments.length < 2) {
    resolver.error('HN023', key.span, `a sweep path names a property of something, such as \`bulk.rate\`; got \`${text}\``);
    return undefined;
  }
  const first = segments[0].name;
  const top = resolver.scope.get(first.text);
  if (!top) {
    const suggestions = closest(first.text, resolver.scope.keys());
    resolver.error('HN023', first.span, `\`${first.text}\` is not defined${didYouMean(suggestions)}`, suggestions);
    return undefined;
  }
  resolver.record(first.span, top);
  let owner: HnetSymbol = top;
  let block = owner.kind as BlockKeyword;
  let objectPath = owner.qualifiedName;
  for (let i = 1; i < segments.length - 1; i++) {
    const name = segments[i].name;
    const member: HnetSymbol | undefined = owner.members.get(name.text);
    if (member && block === owner.kind) {
      owner = member;
      block = member.kind as BlockKeyword;
      objectPath = member.qualifiedName;
      resolver.record(name.span, member);
      continue;
    }
    const child = blockSpec(block)?.children.find((c) => c === name.text && blockSpec(c)?.once);
    if (child && i === segments.length - 2) {
      block = child;
      objectPath = `${objectPath}.${child}`;
      continue;
    }
    const options = [...owner.members.keys(), ...(blockSpec(block)?.children.filter((c) => blockSpec(c)?.once) ?? [])];
    const suggestions = closest(name.text, options);
    resolver.error('HN023', name.span, `\`${objectPath}\` has no \`${name.text}\`${didYouMean(suggestions)}`, suggestions);
    return undefined;
  }
  const last = segments[segments.length - 1].name;
  const property = propertySpec(block, last.text);
  if (!property) {
    const suggestions = closest(last.text, blockSpec(block)?.properties.map((p) => p.name) ?? []);
    const message = `\`${last.text}\` is not a property of ${block} \`${objectPath}\`${didYouMean(suggestions)}`;
    resolver.error('HN023', last.span, message, suggestions);
    return undefined;
  }
  return { owner, block, objectPath, property, path: text };
}
