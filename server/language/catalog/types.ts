// The shapes of the catalog: what a block, a property, a value type, a
// default and a stage kind are. The data lives in the other files of this
// folder; everything that completes, hovers, validates or lowers reads it.
import type { ExecContext, QueueKind, Stack, StageKind } from '../../../simulator/model';
import type { UnitKind } from './units';

export const BLOCK_KEYWORDS = [
  'host', 'cpu', 'nic', 'container', 'link', 'chain', 'stage', 'traffic', 'scenario', 'sweep', 'expect',
] as const;
export type BlockKeyword = (typeof BLOCK_KEYWORDS)[number];

/** The kinds of named things a reference can point at. */
export type SymbolKind = 'host' | 'nic' | 'container' | 'chain' | 'stage' | 'traffic' | 'scenario';

/** Where a default or a cost comes from. */
export interface Source {
  /**
   * `calibration.md` (a row of /work/shared/calibration.md, quoted), a standard
   * (`IEEE 802.3`), a source tree (`Linux 5.4`, `DPDK`), `DESIGN.md`, `fit`
   * (fitted to end-to-end figures, the note says which), or `assumption`
   * (no published number; the note says why this value).
   */
  origin: 'calibration.md' | 'IEEE 802.3' | 'Linux 5.4' | 'DPDK' | 'DESIGN.md' | 'convention' | 'fit' | 'assumption';
  text: string;
  /** H = primary source, M = secondary or arithmetic, L = a hint (calibration.md's scale). */
  confidence: 'H' | 'M' | 'L';
}

export interface EnumValueSpec {
  name: string;
  doc: string;
}

export interface EnumSpec {
  /** The enum's name, used in docs: `stack`, `pattern`. */
  name: string;
  values: readonly EnumValueSpec[];
}

export type ValueType =
  /** A number with a unit of one of `units` (a bare 0 is accepted for any). */
  | { type: 'quantity'; units: readonly UnitKind[] }
  | { type: 'integer' }
  | { type: 'number' }
  | { type: 'enum'; enum: EnumSpec }
  /** A name (`gen`) or member path (`sut.web`) of a symbol of one of `targets`. */
  | { type: 'reference'; targets: readonly SymbolKind[] }
  | { type: 'list'; of: ValueType }
  | { type: 'string' }
  /** A frame size (`64B`) or the name of a size distribution (`imix`). */
  | { type: 'size' };

export interface Range {
  /** Bounds in SI units (for quantities) or plain numbers. */
  min?: number;
  max?: number;
  /** Bounds are inclusive unless these say false. */
  minInclusive?: boolean;
  maxInclusive?: boolean;
}

/** A literal default: how it is written in a .hnet file and its SI value. */
export interface LiteralDefault {
  text: string;
  value: number | string | boolean | readonly (number | string)[];
  /** The unit kind of a quantity default. */
  unit?: UnitKind;
  source: Source;
}

/** A default the lowering computes from other properties; `text` says how. */
export interface DerivedDefault {
  derived: string;
  source: Source;
}

export type DefaultSpec = LiteralDefault | DerivedDefault;

export interface PropertySpec {
  name: string;
  type: ValueType;
  /** Always required, or required when another property has one of some values (a default applies otherwise). */
  required?: boolean | { when: string; in: readonly string[] };
  default?: DefaultSpec;
  range?: Range;
  /** One line, for completion lists. */
  doc: string;
  /** A paragraph, for hover. */
  details: string;
  /** A typical value as written (`100Gbps`). */
  example: string;
  /** The completion snippet (`speed = ${1:100Gbps}`), derived from name, type and example. */
  snippet: string;
}

/**
 * What follows the keyword: `name` (`host NAME`), `none` (`cpu`), `chain`
 * (`chain NAME on HOST`), `link` (`link A.nic <-> B.nic`), `stage` (`stage KIND [NAME]`).
 */
export type HeaderShape = 'name' | 'none' | 'chain' | 'link' | 'stage';

export interface BlockSpec {
  keyword: BlockKeyword;
  header: HeaderShape;
  /** Where the block may appear; `file` is the top level. */
  parents: readonly (BlockKeyword | 'file')[];
  /** Blocks allowed inside (the inverse of `parents`, filled in by the index). */
  children: readonly BlockKeyword[];
  /** At most one per parent (`cpu`, `sweep`, `expect`). */
  once: boolean;
  /** The symbol the block declares, if any. */
  symbol?: SymbolKind;
  /** `sweep` takes `path = [values]`, `expect` takes `metric CMP value`; neither has fixed properties. */
  body: 'properties' | 'sweep' | 'expect';
  properties: readonly PropertySpec[];
  doc: string;
  details: string;
  /** The completion snippet for the whole block. */
  snippet: string;
}

/** How a stage behaves in one stack. */
export interface StageBehaviour {
  cyclesPerPacket: number;
  cyclesPerByte: number;
  /** Why these costs: a calibration row or the end-to-end fit they come from. */
  costSource: Source;
  /** Paid once per new flow (connection set-up and tear-down) by its first packet. */
  cyclesPerFlow: number;
  flowCostSource?: Source;
  context: ExecContext;
  queueBefore: QueueKind;
  /** A device stage hands packets on through this queue (veth → backlog); the next stage waits in it. */
  queueAfter?: QueueKind;
}

export interface StageKindSpec extends StageBehaviour {
  kind: StageKind;
  doc: string;
  details: string;
  /** FALCON and RPS may move the work after this stage to another core. */
  device: boolean;
  /** Copies packet data (its per-byte cost grows when the data misses the LLC); a zerocopy chain turns this off. */
  copiesData: boolean;
  /** Replies and forwarded packets cross this stage again on their way out (veth, bridge, encapsulation), at the same cost. */
  onTransmit: boolean;
  stacks: readonly Stack[];
  /** Where a stack changes the behaviour (the XDP-mode driver allocates no skb). */
  byStack?: Partial<Record<Stack, Partial<StageBehaviour>>>;
  /** The stage has no meaningful default cost (`custom`): `cost` is required. */
  requiresCost: boolean;
}

/** One segment of a metric path pattern. */
export type MetricSegment =
  | { symbol: 'traffic' | 'host' | 'chain' | 'stage' }
  | { literal: string; indexed?: boolean };

export interface MetricSpec {
  /** Human form: `<traffic>.latency.p99`, `<host>.core[N].util`. */
  pattern: string;
  segments: readonly MetricSegment[];
  /** Unit kind of the value, or `count` for a plain number. */
  unit: UnitKind | 'count';
  doc: string;
}

export interface SizeDistributionSpec {
  name: string;
  doc: string;
  entries: readonly { bytes: number; weight: number }[];
  source: Source;
}
