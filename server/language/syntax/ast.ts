// The typed syntax tree of a .hnet file. Parsing never fails: it returns a
// tree and a list of syntax errors. Every node carries its exact source span
// (UTF-16 offsets into the text, end exclusive); `LineIndex` (text.ts) turns
// offsets into lines and columns.

export interface Span {
  start: number;
  end: number;
}

export interface HnetFile {
  type: 'File';
  span: Span;
  imports: Import[];
  blocks: Block[];
  /** Every comment in source order, for the formatter and folding. */
  comments: Comment[];
  errors: SyntaxError[];
}

export interface SyntaxError {
  message: string;
  span: Span;
}

export interface Comment {
  type: 'Comment';
  span: Span;
  /** `//` and `#` comments are `line`; `/* … *\/` are `block`. */
  style: 'line' | 'block';
  /** The comment as written, delimiters included: `// note`, `# note`, `/* note *\/`. */
  text: string;
}

export interface Ident {
  type: 'Ident';
  span: Span;
  text: string;
}

export interface Import {
  type: 'Import';
  span: Span;
  path: StringLit;
}

/**
 * `KIND [header] [{ items }]`. The header depends on the kind:
 * `host NAME`, `nic NAME`, `container NAME`, `chain NAME on HOST`,
 * `link A.nic <-> B.nic`, `stage KIND [NAME]`, `traffic NAME`,
 * `scenario NAME`, and nothing for `cpu`, `sweep`, `expect`.
 */
export interface Block {
  type: 'Block';
  span: Span;
  /** The block keyword (`host`, `stage`, …). */
  keyword: Ident;
  /** The block's own name, when it has one (for a stage, the optional NAME after KIND). */
  name?: Ident;
  /** `stage KIND`: the stage kind. */
  stageKind?: Ident;
  /** `chain NAME on HOST`: the host. */
  on?: Path;
  /** `link A <-> B`: the two endpoints. */
  endpoints?: [Path, Path];
  /** Spans of `{` and `}`; absent when the block has no body (`stage gro`). */
  body?: { open: Span; close?: Span };
  /** Properties, nested blocks and expectations in source order. */
  items: Item[];
}

export type Item = Property | Block | Expectation;

/** `key = value`; the key is a path inside `sweep` (`bulk.rate`), a single name elsewhere. */
export interface Property {
  type: 'Property';
  span: Span;
  key: Path;
  /** Absent when the value is missing (`rate =`); the parser has reported it. */
  value?: Value;
}

/** `metric CMP quantity` inside `expect`. */
export interface Expectation {
  type: 'Expectation';
  span: Span;
  metric: Path;
  op: { text: '<' | '<=' | '>' | '>=' | '==' | '!='; span: Span };
  value?: Value;
}

export type Value = NumberLit | StringLit | Path | List;

/** A number with an optional unit: `42`, `3.5GHz`, `8 us`, `0.1ns/B`, `80%`. */
export interface NumberLit {
  type: 'Number';
  span: Span;
  /** The number as written, before any unit. */
  value: number;
  /** The source text of the number part. */
  raw: string;
  unit?: { text: string; span: Span };
}

export interface StringLit {
  type: 'String';
  span: Span;
  /** The contents without quotes, escapes resolved. */
  value: string;
}

/**
 * A name or dotted path: `overlay`, `poisson`, `sut.web`, `rpc.latency.p99`,
 * `sut.core[3].util`. Bare enum values (`poisson`, `on`) are one-segment paths;
 * whether a path is a reference or an enum value is for the catalog to say.
 */
export interface Path {
  type: 'Path';
  span: Span;
  segments: PathSegment[];
}

export interface PathSegment {
  name: Ident;
  /** `core[3]`: the index and its span. */
  index?: { value: number; span: Span };
}

export interface List {
  type: 'List';
  span: Span;
  items: Value[];
}

/** The dotted text of a path without indices' spans: `sut.core[3].util`. */
export function pathText(path: Path): string {
  return path.segments
    .map((segment) => (segment.index ? `${segment.name.text}[${segment.index.value}]` : segment.name.text))
    .join('.');
}

export function properties(block: Block): Property[] {
  return block.items.filter((item): item is Property => item.type === 'Property');
}

export function childBlocks(block: Block): Block[] {
  return block.items.filter((item): item is Block => item.type === 'Block');
}

export function expectations(block: Block): Expectation[] {
  return block.items.filter((item): item is Expectation => item.type === 'Expectation');
}
