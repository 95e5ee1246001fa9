// The formatter: the writer's line structure kept and everything else made
// canonical, every comment kept, idempotent, and no rewrite of a file with
// syntax errors. Checked on every fixture and on every examples/*.hnet that
// exists when the tests run.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { format } from '../../../../server/language/syntax/format';
import { tokenize } from '../../../../server/language/syntax/lexer';
import { parse } from '../../../../server/language/syntax/parse';
import { FIXTURES, expectFile, hnetFiles, read } from './fixtures';

const EXAMPLES = join(__dirname, '../../../../examples');

/** Comment texts in order (line comments without trailing blanks, as the formatter writes them). */
function commentTexts(text: string): string[] {
  return tokenize(text).comments.map((comment) => (comment.style === 'line' ? comment.text.trimEnd() : comment.text));
}

/** The token stream the formatter may not change: no `;`, no trailing commas, quantities without inner blanks. */
function meaningfulTokens(text: string): string[] {
  const tokens = tokenize(text).tokens;
  return tokens
    .filter((token, i) => token.image !== ';' && !(token.image === ',' && tokens[i + 1]?.image === ']'))
    .map((token) => token.image.replace(/[ \t]+/g, ''));
}

function checkFormatting(text: string): string {
  const once = format(text);
  assert.ok(once !== undefined, 'a file without syntax errors is formatted');
  assert.equal(format(once), once, 'formatting is idempotent');
  assert.deepEqual(parse(once).errors, []);
  assert.deepEqual(meaningfulTokens(once), meaningfulTokens(text), 'no token is lost, added or reordered');
  const kept = commentTexts(once).join('\n');
  let from = 0;
  for (const comment of commentTexts(text)) {
    const at = kept.indexOf(comment, from);
    assert.ok(at >= 0, `comment kept in order: ${comment}`);
    from = at + comment.length;
  }
  return once;
}

const wellFormed: [string, string][] = [
  ['design-example.hnet', join(FIXTURES, 'design-example.hnet')],
  ...hnetFiles(join(FIXTURES, 'parse')),
  ...hnetFiles(join(FIXTURES, 'format')),
  ...hnetFiles(EXAMPLES).map(([name, path]): [string, string] => [`examples/${name}`, path]),
];

for (const [name, path] of wellFormed) {
  test(`formatting ${name} keeps every comment and token and is idempotent`, () => {
    checkFormatting(read(path));
  });
}

for (const [name, path] of hnetFiles(join(FIXTURES, 'format'))) {
  test(`${name} formats as expected`, () => {
    expectFile(checkFormatting(read(path)), path.replace(/\.hnet$/, '.formatted.hnet'));
  });
}

test('the DESIGN §2 example formats as expected', () => {
  expectFile(checkFormatting(read(join(FIXTURES, 'design-example.hnet'))), join(FIXTURES, 'design-example.formatted.hnet'));
});

// Examples kept in canonical layout (others are still being written).
for (const name of ['quickstart.hnet', 'kernel-vs-dpdk.hnet', 'overlay-vs-native.hnet']) {
  test(`examples/${name} is already formatted`, () => {
    const text = read(join(EXAMPLES, name));
    assert.equal(format(text), text);
  });
}

for (const [name, path] of hnetFiles(join(FIXTURES, 'recovery'))) {
  test(`a file with syntax errors is never rewritten: ${name}`, () => {
    assert.equal(format(read(path)), undefined);
  });
}

test('numbers and units keep their text; only the blank inside a quantity goes', () => {
  assert.equal(format('cpu { freq = 3.0GHz  coalesce = 8 us  rate = 1.5e3\tMbps }'), 'cpu { freq = 3.0GHz  coalesce = 8us  rate = 1.5e3Mbps }\n');
});

test('stages without a body stay bare; empty bodies are `{ }`', () => {
  assert.equal(format('chain c on h { stage gro  stage app web {} }'), 'chain c on h { stage gro  stage app web { } }\n');
  assert.equal(format('chain c on h {\n  stage gro\n  stage app web {\n  }\n}'), 'chain c on h {\n  stage gro\n  stage app web { }\n}\n');
});

test('items on one line stay on one line, two spaces apart; items on separate lines stay apart', () => {
  assert.equal(format('host a {   role=sut     cpu{cores=8;freq=3GHz} }'), 'host a { role = sut  cpu { cores = 8  freq = 3GHz } }\n');
  assert.equal(
    format('nic e {\n     speed = 100Gbps   queues = 4\nring = 1024\n}'),
    'nic e {\n  speed = 100Gbps  queues = 4\n  ring = 1024\n}\n',
  );
});

test('a body opened on one line and closed on another is indented, with the inner lines as written', () => {
  assert.equal(format('host a { role = sut  cpu { cores = 8 }\n  nic n {\n speed = 1Gbps } }'), [
    'host a {',
    '  role = sut  cpu { cores = 8 }',
    '  nic n {',
    '    speed = 1Gbps',
    '  }',
    '}',
    '',
  ].join('\n'));
  assert.equal(format('host a { role = sut  nic n {\nspeed = 1Gbps\n}\n}'), 'host a {\n  role = sut  nic n {\n    speed = 1Gbps\n  }\n}\n');
});

test('a blank line is kept between items where the writer had one (at most one), never after `{` or before `}`', () => {
  const text = 'host a {\n\n  role = sut\n\n\n\n  cpu { }\n  nic n { }\n\n}\n';
  assert.equal(format(text), 'host a {\n  role = sut\n\n  cpu { }\n  nic n { }\n}\n');
});

test('top-level blocks are separated by exactly one blank line', () => {
  assert.equal(format('host a { }\nhost b { }\n\n\n\nhost c { }'), 'host a { }\n\nhost b { }\n\nhost c { }\n');
  assert.equal(format('import "a.hnet"\nimport "b.hnet"\nhost a { }'), 'import "a.hnet"\nimport "b.hnet"\n\nhost a { }\n');
});

test('a comment that ends a line of code stays at its end, two spaces after the code', () => {
  assert.equal(format('host a { role = sut  cpu { } }   // about a'), 'host a { role = sut  cpu { } }  // about a\n');
  assert.equal(format('host a {\n  role = sut // why\n}'), 'host a {\n  role = sut  // why\n}\n');
  assert.equal(format('host a { role = sut // why\n}'), 'host a {\n  role = sut  // why\n}\n');
});

test('trailing comments on consecutive lines are aligned; a line without one ends the run', () => {
  const text = 'chain c on h { // path\n  stack = kernel // how\n  stage driver\n  stage app { cost = 1us } // work\n  stage gro    // merge\n}';
  assert.equal(format(text), [
    'chain c on h {    // path',
    '  stack = kernel  // how',
    '  stage driver',
    '  stage app { cost = 1us }  // work',
    '  stage gro                 // merge',
    '}',
    '',
  ].join('\n'));
});

test('a block comment followed by code on its line stays inline', () => {
  assert.equal(format('container web { /* later */ }'), 'container web { /* later */ }\n');
  assert.equal(format('cpu { cores = 8 /* per socket */  freq = 3GHz }'), 'cpu { cores = 8 /* per socket */  freq = 3GHz }\n');
  assert.equal(format('chain c on h {  /* first */ stage gro\n}'), 'chain c on h {  /* first */\n  stage gro\n}\n');
});

test('a comment inside an empty body keeps the body open', () => {
  assert.equal(format('container web {\n  // later\n}'), 'container web {\n  // later\n}\n');
});

test('line endings become \\n; empty and comment-only files', () => {
  assert.equal(format('host a {\r\n  role = sut // x\r\n}\r\n'), 'host a {\n  role = sut  // x\n}\n');
  assert.equal(format(''), '');
  assert.equal(format('\n\n'), '');
  assert.equal(format('// only a comment   \n'), '// only a comment\n');
});

test('format returns undefined for lexical errors too', () => {
  assert.equal(format('host a { role = sut @ }'), undefined);
  assert.equal(format('host a { }\n/* open'), undefined);
});
