// Parse speed on a generated 5,000-line file: the LSP reparses on every
// keystroke, so this should stay at a few milliseconds.

import { format } from '../server/language/syntax/format';
import { tokenize } from '../server/language/syntax/lexer';
import { parse } from '../server/language/syntax/parse';
import { generateLargeFile } from './generate';

const LINES = 5000;
const WARMUP_RUNS = 10;
const RUNS = 30;

function medianMs(run: () => void): number {
  for (let i = 0; i < WARMUP_RUNS; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function benchParse(): Promise<void> {
  const text = generateLargeFile(LINES);
  const file = parse(text);
  if (file.errors.length > 0) throw new Error(`generated file has syntax errors: ${file.errors[0].message}`);
  const lines = text.split('\n').length - 1;
  const kib = (text.length / 1024).toFixed(0);
  const lex = medianMs(() => tokenize(text));
  const full = medianMs(() => parse(text));
  const formatted = medianMs(() => format(text));
  console.log(`parse: ${lines} lines (${kib} KiB), median of ${RUNS} after warm-up`);
  console.log(`  lex only      ${lex.toFixed(2)} ms`);
  console.log(`  lex + parse   ${full.toFixed(2)} ms`);
  console.log(`  format        ${formatted.toFixed(2)} ms`);
}
