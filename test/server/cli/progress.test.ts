// Progress on stderr: a bar redrawn in place on a terminal, plain lines at each tenth otherwise.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProgress } from '../../../server/cli/progress';

/** A stream that keeps what is written; a terminal when `isTTY`. */
function stream(isTTY: boolean): NodeJS.WriteStream & { written: string[] } {
  const written: string[] = [];
  return { isTTY, written, write: (chunk: string) => written.push(chunk) > 0 } as unknown as NodeJS.WriteStream & { written: string[] };
}

test('on a terminal the bar is redrawn on one line and cleared at the end', () => {
  const out = stream(true);
  const progress = createProgress(out);
  progress.update('quick', 0.25);
  for (let i = 0; i < 1000; i++) progress.update('quick', 0.5); // redrawn at most every 50 ms
  progress.update('quick', 1, '2/2 points'); // the end is always drawn
  progress.done();
  assert.ok(out.written.length <= 4, `${out.written.length} draws`);
  assert.match(out.written[0], /^\r█{8}░{22} {2}25% quick\x1b\[K$/);
  assert.match(out.written.at(-2) ?? '', /^\r█{30} 100% quick \(2\/2 points\)\x1b\[K$/);
  assert.equal(out.written.at(-1), '\r\x1b[K');
});

test('elsewhere a line at each new tenth or label (not each sweep point), without control characters', () => {
  const out = stream(false);
  const progress = createProgress(out);
  for (const [fraction, done] of [[0, 0], [0.05, 1], [0.12, 2], [0.18, 3], [0.5, 4], [1, 7], [1, 8]]) progress.update('swept', fraction, `${done}/8 points`);
  progress.update('other', 1);
  progress.done();
  assert.deepEqual(out.written, [
    'swept (0/8 points): 0%\n',
    'swept (2/8 points): 10%\n',
    'swept (4/8 points): 50%\n',
    'swept (7/8 points): 100%\n',
    'swept (8/8 points): 100%\n',
    'other: 100%\n',
  ]);
});
