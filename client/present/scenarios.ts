// The scenarios of a file and their expectations, read from the language
// server's document symbols (the client never parses .hnet itself). The
// server's outline (server/lsp/symbols.ts) gives each scenario a Module
// symbol; its `expect` block is a Boolean symbol whose children are the
// expectations, named `metric op value`. No VS Code import: ranges stay opaque.

/** The numbering of `vscode.SymbolKind` (LSP's is one higher). */
export const SYMBOL_KIND = { module: 1, boolean: 16 } as const;

/** The part of `vscode.DocumentSymbol` this module reads. */
export interface SymbolNode<R> {
  name: string;
  detail?: string;
  kind: number;
  range: R;
  selectionRange: R;
  children?: SymbolNode<R>[];
}

export interface ExpectationEntry<R> {
  /** Unique in its scenario: `metric op`, with `#2`, `#3`… for repeats. */
  key: string;
  /** As written, e.g. `rpc.latency.p99 < 250us`. */
  text: string;
  metric: string;
  op: string;
  range: R;
}

export interface ScenarioEntry<R> {
  name: string;
  range: R;
  /** Where its name is written. */
  selectionRange: R;
  expectations: ExpectationEntry<R>[];
}

/** Every named scenario of the file, in order, with its expectations. */
export function scenariosOf<R>(symbols: readonly SymbolNode<R>[]): ScenarioEntry<R>[] {
  return symbols
    .filter((symbol) => symbol.kind === SYMBOL_KIND.module && symbol.name !== 'scenario')
    .map((scenario) => ({
      name: scenario.name,
      range: scenario.range,
      selectionRange: scenario.selectionRange,
      expectations: expectationsOf(scenario),
    }));
}

function expectationsOf<R>(scenario: SymbolNode<R>): ExpectationEntry<R>[] {
  const blocks = (scenario.children ?? []).filter((child) => child.kind === SYMBOL_KIND.boolean && child.name === 'expect');
  const seen = new Map<string, number>();
  return blocks.flatMap((block) =>
    (block.children ?? []).flatMap((symbol) => {
      const [metric = '', op = ''] = symbol.name.trim().split(/\s+/);
      if (!metric || metric === '?') return [];
      const base = `${metric} ${op}`;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      return [{ key: count === 1 ? base : `${base}#${count}`, text: symbol.name, metric, op, range: symbol.range }];
    }),
  );
}

/** The scenario whose block holds `line`, given a way to read a range's lines. */
export function scenarioAt<R>(
  scenarios: readonly ScenarioEntry<R>[],
  line: number,
  lines: (range: R) => { start: number; end: number },
): ScenarioEntry<R> | undefined {
  return scenarios.find((scenario) => {
    const { start, end } = lines(scenario.range);
    return line >= start && line <= end;
  });
}
