// Every block of the language, with children derived from parents and property snippets filled in.
import { prop } from '../define';
import { BLOCK_KEYWORDS, type BlockKeyword, type BlockSpec, type PropertySpec } from '../types';
import type { BlockInput } from './block-input';
import { CHAIN } from './chain';
import { CPU } from './cpu';
import { CONTAINER, HOST } from './host';
import { LINK } from './link';
import { NIC } from './nic';
import { EXPECT, SCENARIO, SWEEP } from './scenario';
import { STAGE } from './stage';
import { TRAFFIC } from './traffic';

const inputs: readonly BlockInput[] = [HOST, CPU, NIC, CONTAINER, LINK, CHAIN, STAGE, TRAFFIC, SCENARIO, SWEEP, EXPECT];

export const BLOCKS: readonly BlockSpec[] = inputs.map((input) => ({
  ...input,
  children: BLOCK_KEYWORDS.filter((child) => inputs.find((b) => b.keyword === child)?.parents.includes(input.keyword)),
  properties: input.properties.map(prop),
}));

const byKeyword = new Map<string, BlockSpec>(BLOCKS.map((b) => [b.keyword, b]));
const propertiesByBlock = new Map<string, Map<string, PropertySpec>>(
  BLOCKS.map((b) => [b.keyword, new Map(b.properties.map((p) => [p.name, p]))]),
);

export function blockSpec(keyword: string): BlockSpec | undefined {
  return byKeyword.get(keyword);
}

export function propertySpec(keyword: string, name: string): PropertySpec | undefined {
  return propertiesByBlock.get(keyword)?.get(name);
}

/** Blocks allowed at the top level of a file. */
export const TOP_LEVEL_BLOCKS: readonly BlockKeyword[] = BLOCKS.filter((b) => b.parents.includes('file')).map((b) => b.keyword);
