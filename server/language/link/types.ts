// What the linker produces: symbols, references and the resolution of every
// path the language server and the lowering need.
import type { BlockKeyword, MetricSpec, PropertySpec, SymbolKind } from '../catalog';
import type { Diagnostic } from '../diagnostic';
import type { Block, Expectation, Import, Path, Property, Span } from '../syntax/ast';

export interface HnetSymbol {
  kind: SymbolKind;
  /** `eth0` */
  name: string;
  /** `sut.eth0` */
  qualifiedName: string;
  uri: string;
  /** The name in the header; for an unnamed stage, its kind. */
  nameSpan: Span;
  blockSpan: Span;
  block: Block;
  /** False for an unnamed stage, whose name is its kind: renaming it means adding a name. */
  named: boolean;
  parent?: HnetSymbol;
  /** NICs and containers of a host, stages of a chain, by name. */
  members: ReadonlyMap<string, HnetSymbol>;
}

export interface Reference {
  uri: string;
  /** The text that names the target (one path segment). */
  span: Span;
  target: HnetSymbol;
  /**
   * `name`: the span spells the target's name (rename rewrites it).
   * `core`: a core number of the target host (`core = 3`, `cores = [0, 1]`, `sut.core[3]`); never renamed.
   */
  kind: 'name' | 'core';
}

/** A property named by a path (`bulk.rate`, `sut.cpu.cores`, `overlay.app.cost`). */
export interface PropertyTarget {
  /** The named thing that owns the property. */
  owner: HnetSymbol;
  /** The block the property belongs to (`cpu` for `sut.cpu.cores`). */
  block: BlockKeyword;
  /** Key of the block for overrides: `bulk`, `sut.cpu`, `overlay.app`. */
  objectPath: string;
  property: PropertySpec;
  /** The whole path: `sut.cpu.cores`. */
  path: string;
}

export interface ResolvedMetric {
  spec: MetricSpec;
  /** The symbols the path names, in order (`[chain, stage]` for `<chain>.<stage>.wait`). */
  symbols: HnetSymbol[];
  /** `core[N]`: the number and its span. */
  index?: { value: number; span: Span };
  /** The path as written. */
  text: string;
}

export interface ResolvedImport {
  node: Import;
  /** Undefined when the path cannot form a URI. */
  uri?: string;
  exists: boolean;
}

export interface LinkResult {
  uri: string;
  /** Every symbol this document declares, members after their parent. */
  symbols: HnetSymbol[];
  /** Top-level names visible here: this document's and those of its imports, transitively. */
  scope: ReadonlyMap<string, HnetSymbol>;
  references: Reference[];
  /** Each reference-valued path (property values, chain `on`, link endpoints) and what it names. */
  resolved: ReadonlyMap<Path, HnetSymbol>;
  /** Each `sweep` property and the property its path names. */
  sweeps: ReadonlyMap<Property, PropertyTarget>;
  /** Each `expect` and the metric it names. */
  metrics: ReadonlyMap<Expectation, ResolvedMetric>;
  imports: ResolvedImport[];
  /** Documents this one imports, transitively, in breadth-first order. */
  closure: string[];
  diagnostics: Diagnostic[];
}
