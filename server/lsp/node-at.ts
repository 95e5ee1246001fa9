// What the tree has at an offset: the innermost piece of syntax a hover or a
// rename is about, with the blocks around it.
import type { Block, Expectation, HnetFile, Import, Path, Property, Value } from '../language/syntax/ast';
import { touches } from './positions';

export type NodeAt =
  | { kind: 'import'; node: Import }
  | { kind: 'keyword'; block: Block; blocks: Block[] }
  | { kind: 'name'; block: Block; blocks: Block[] }
  | { kind: 'stageKind'; block: Block; blocks: Block[] }
  /** A path in a block header: `on HOST`, a link endpoint. */
  | { kind: 'headerPath'; block: Block; path: Path; segment: number; blocks: Block[] }
  | { kind: 'key'; block: Block; property: Property; segment: number; blocks: Block[] }
  /** A value or an item of a list value; `segment` for paths. */
  | { kind: 'value'; block: Block; property: Property; value: Value; segment: number; blocks: Block[] }
  | { kind: 'metric'; block: Block; expectation: Expectation; segment: number; blocks: Block[] }
  | { kind: 'expectValue'; block: Block; expectation: Expectation; value: Value; blocks: Block[] };

export function nodeAt(file: HnetFile, offset: number): NodeAt | undefined {
  for (const node of file.imports) if (touches(node.path.span, offset)) return { kind: 'import', node };
  return inBlocks(file.blocks, offset, []);
}

function inBlocks(blocks: readonly Block[], offset: number, outer: Block[]): NodeAt | undefined {
  for (const block of blocks) {
    if (!touches(block.span, offset)) continue;
    const found = inBlock(block, offset, [...outer, block]);
    if (found) return found;
  }
  return undefined;
}

function inBlock(block: Block, offset: number, blocks: Block[]): NodeAt | undefined {
  if (touches(block.keyword.span, offset)) return { kind: 'keyword', block, blocks };
  if (block.stageKind && touches(block.stageKind.span, offset)) return { kind: 'stageKind', block, blocks };
  if (block.name && touches(block.name.span, offset)) return { kind: 'name', block, blocks };
  for (const path of [block.on, ...(block.endpoints ?? [])]) {
    if (path && touches(path.span, offset)) return { kind: 'headerPath', block, path, segment: segmentAt(path, offset), blocks };
  }
  for (const item of block.items) {
    if (!touches(item.span, offset)) continue;
    if (item.type === 'Block') {
      const found = inBlock(item, offset, [...blocks, item]);
      if (found) return found;
    } else if (item.type === 'Property') {
      if (touches(item.key.span, offset)) return { kind: 'key', block, property: item, segment: segmentAt(item.key, offset), blocks };
      const value = item.value && leafAt(item.value, offset);
      if (value) return { kind: 'value', block, property: item, value, segment: value.type === 'Path' ? segmentAt(value, offset) : 0, blocks };
    } else {
      if (touches(item.metric.span, offset)) return { kind: 'metric', block, expectation: item, segment: segmentAt(item.metric, offset), blocks };
      const value = item.value && leafAt(item.value, offset);
      if (value) return { kind: 'expectValue', block, expectation: item, value, blocks };
    }
  }
  return undefined;
}

/** The value, or the list item, at the offset. */
function leafAt(value: Value, offset: number): Value | undefined {
  if (!touches(value.span, offset)) return undefined;
  if (value.type !== 'List') return value;
  for (const item of value.items) {
    const found = leafAt(item, offset);
    if (found) return found;
  }
  return undefined;
}

function segmentAt(path: Path, offset: number): number {
  const index = path.segments.findIndex((segment) => touches(segment.index ? { start: segment.name.span.start, end: segment.index.span.end + 1 } : segment.name.span, offset));
  return index === -1 ? path.segments.length - 1 : index;
}
