// The catalog: the one description of the hostnet language. Completion,
// hover, validation, lowering and the generated docs read it; no other file
// spells a block, property, unit, enum value, default or metric.
export * from './types';
export { BLOCKS, TOP_LEVEL_BLOCKS, blockSpec, propertySpec } from './blocks';
export { OPEN_LOOP_PATTERNS } from './blocks/traffic';
export { ALL_ENUMS } from './enums';
export { STAGE_KINDS, stageKind, stageBehaviour } from './stages';
export { SENDER_SOURCE, TSO_SEGMENT_BYTES, senderCost, type SenderCostSpec } from './sender';
export { METRICS, metricUnit } from './metrics';
export {
  FRAME_OVERHEAD_BYTES, MIN_FRAME_BYTES, SIZE_DISTRIBUTIONS, WIRE_OVERHEAD_BYTES, WIRE_OVERHEAD_SOURCE, lineRatePps,
  meanBytes, sizeDistribution, wireBitsPerSecond,
} from './ethernet';
export { describeRange, describeSymbolKinds, describeType, exampleOf, inRange, unitList } from './describe';
export { formatSource, isLiteral } from './define';
export * from './units';

import { ALL_ENUMS } from './enums';
import { SIZE_DISTRIBUTIONS } from './ethernet';

/** Every word that stands for an enum value or a size distribution (for highlighting). */
export const ENUM_WORDS: readonly string[] = [
  ...new Set([...ALL_ENUMS.flatMap((e) => e.values.map((v) => v.name)), ...SIZE_DISTRIBUTIONS.map((d) => d.name)]),
];
