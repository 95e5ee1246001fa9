// Fixture files beside the tests. Expected outputs can be rewritten with
// `UPDATE_EXPECT=1 node scripts/test.mjs test/server/language/syntax`.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';

export const FIXTURES = join(__dirname, 'fixtures');

/** The `.hnet` files of a folder (not the expected `.formatted.hnet` outputs), sorted, as [name, path]. */
export function hnetFiles(folder: string): [string, string][] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.hnet') && !name.endsWith('.formatted.hnet'))
    .sort()
    .map((name) => [name, join(folder, name)]);
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Asserts `actual` equals the expected file, or rewrites that file when UPDATE_EXPECT is set. */
export function expectFile(actual: string, expectedPath: string): void {
  if (process.env.UPDATE_EXPECT) {
    writeFileSync(expectedPath, actual);
    return;
  }
  assert.ok(existsSync(expectedPath), `missing expected file ${expectedPath} (run with UPDATE_EXPECT=1 to create it)`);
  assert.equal(actual, readFileSync(expectedPath, 'utf8'));
}
