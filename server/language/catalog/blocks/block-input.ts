import type { PropertyInput } from '../define';
import type { BlockSpec } from '../types';

/** A block as its data file writes it: the index derives `children` from every block's `parents` and each property's snippet. */
export type BlockInput = Omit<BlockSpec, 'children' | 'properties'> & { properties: readonly PropertyInput[] };
