// Hostile input: the parser must return a tree and errors, never throw, never
// overflow the stack. (How fast it does so is measured in bench/, not here.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { HnetFile } from '../../../../server/language/syntax/ast';
import { parse } from '../../../../server/language/syntax/parse';
import { MAX_NESTING } from '../../../../server/language/syntax/parser';
import { randomText } from '../../../../bench/generate';

function assertFailsCleanly(text: string): HnetFile {
  const file = parse(text);
  assert.ok(file.errors.length > 0, 'expected at least one error');
  assert.ok(!file.errors.some((error) => error.message.startsWith('internal')), file.errors[0].message);
  for (const error of file.errors) {
    assert.ok(error.span.start >= 0 && error.span.start <= error.span.end && error.span.end <= text.length);
  }
  return file;
}

test('1 MB of random bytes', () => {
  assertFailsCleanly(randomText(1 << 20, 42));
});

test('10,000 nested `{`', () => {
  assertFailsCleanly('{'.repeat(10_000));
  assertFailsCleanly(`host a ${'{'.repeat(10_000)}`);
});

test('10,000 nested blocks: the nesting limit is reported', () => {
  const file = assertFailsCleanly('host a { '.repeat(10_000));
  assert.ok(file.errors.some((error) => error.message.includes(`more than ${MAX_NESTING} levels`)));
});

test('10,000 nested lists', () => {
  const file = assertFailsCleanly(`host a { x = ${'['.repeat(10_000)} }`);
  assert.ok(file.errors.some((error) => error.message.includes('lists are nested too deeply')));
});

test('10,000 closing braces and brackets', () => {
  assertFailsCleanly('}'.repeat(10_000));
  assertFailsCleanly(`host a { x = ${']'.repeat(10_000)} }`);
});

test('unterminated string and comment at the end of a large file', () => {
  assertFailsCleanly(`host a { file = "${'x'.repeat(100_000)}`);
  assertFailsCleanly(`host a { }\n/*${'*'.repeat(100_000)}`);
  assertFailsCleanly('"'.repeat(10_001));
});

test('very long paths, numbers and words', () => {
  assert.deepEqual(parse(`host a { x = a${'.b'.repeat(10_000)} }`).errors, []);
  assertFailsCleanly(`host a { x = ${'9'.repeat(400)} }`);
  assertFailsCleanly('host '.repeat(10_000));
});

test('every prefix of a valid file parses without throwing', () => {
  const text = 'host sut { cpu { cores = 8 } nic eth0 { offloads = [gro, tso] } }\nscenario s { expect { a.core[1].util < 80% } }';
  for (let end = 0; end <= text.length; end++) parse(text.slice(0, end));
});
