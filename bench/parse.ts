// Parse speed on a generated 5,000-line file (the LSP reparses on every
// keystroke, so this should stay at a few milliseconds), and on hostile input
// (each must return its errors well under a second). Measures what ships: the
// syntax layer bundled by esbuild (bundle.ts).

import type * as FormatModule from '../server/language/syntax/format';
import type * as LexerModule from '../server/language/syntax/lexer';
import type * as ParseModule from '../server/language/syntax/parse';
import { loadBundled } from './bundle';
import { generateLargeFile, randomText } from './generate';

const LINES = 5000;
const WARMUP_RUNS = 10;
const RUNS = 30;

const HOSTILE: [string, () => string][] = [
  ['1 MB of random bytes', () => randomText(1 << 20, 42)],
  ['10,000 nested `{`', () => '{'.repeat(10_000)],
  ['10,000 nested blocks', () => 'host a { '.repeat(10_000)],
  ['10,000 nested lists', () => `host a { x = ${'['.repeat(10_000)} }`],
  ['unterminated string, 100 KB', () => `host a { file = "${'x'.repeat(100_000)}`],
  ['unterminated comment, 1 MB', () => `host a { }\n/*${'*'.repeat(1 << 20)}`],
];

/** Median and fastest run, in ms: on a busy machine the fastest is the better guide to the real cost. */
function timeMs(run: () => void, warmup = WARMUP_RUNS, runs = RUNS): { median: number; min: number } {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0] };
}

export async function benchParse(): Promise<void> {
  const { lexer, parser, formatter } = await loadBundled<{ lexer: typeof LexerModule; parser: typeof ParseModule; formatter: typeof FormatModule }>({
    lexer: 'server/language/syntax/lexer.ts',
    parser: 'server/language/syntax/parse.ts',
    formatter: 'server/language/syntax/format.ts',
  });
  const { tokenize } = lexer;
  const { parse } = parser;
  const { format } = formatter;
  const text = generateLargeFile(LINES);
  const file = parse(text);
  if (file.errors.length > 0) throw new Error(`generated file has syntax errors: ${file.errors[0].message}`);
  const lines = text.split('\n').length - 1;
  const kib = (text.length / 1024).toFixed(0);
  const show = (label: string, time: { median: number; min: number }) =>
    console.log(`  ${label.padEnd(36)} ${time.median.toFixed(2)} ms median, ${time.min.toFixed(2)} ms fastest`);
  console.log(`parse: ${lines} lines (${kib} KiB), ${RUNS} runs after warm-up, esbuild bundle as shipped`);
  // The parser reads the scanner's typed arrays; Token objects are built only for the formatter and semantic tokens.
  show('lex + parse', timeMs(() => parse(text)));
  show('lex into Token objects (tokenize)', timeMs(() => tokenize(text)));
  show('format', timeMs(() => format(text)));
  console.log('parse: hostile input, first run and median of 5 more');
  for (const [name, make] of HOSTILE) {
    const input = make();
    const start = performance.now();
    parse(input);
    const first = performance.now() - start;
    const warm = timeMs(() => parse(input), 1, 5).median;
    console.log(`  ${name.padEnd(30)} ${first.toFixed(1)} ms first, ${warm.toFixed(1)} ms median`);
  }
}
