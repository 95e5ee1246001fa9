// The lexer: tokens, quantities built from the catalog's units, comments kept
// apart, and errors (never exceptions) for characters that start no token.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UNIT_TEXTS } from '../../../../server/language/catalog/units';
import { KEYWORDS, isKeyword, tokenize } from '../../../../server/language/syntax/lexer';

/** `Type:image` for each token. */
function lex(text: string): string[] {
  return tokenize(text).tokens.map((token) => `${token.tokenType.name}:${token.image}`);
}

test("keywords are the catalog's block keywords plus import and on; longer words are identifiers", () => {
  assert.deepEqual(
    [...KEYWORDS],
    ['import', 'host', 'cpu', 'nic', 'container', 'link', 'chain', 'stage', 'traffic', 'scenario', 'sweep', 'expect', 'on'],
  );
  for (const keyword of KEYWORDS) {
    assert.ok(isKeyword(keyword));
    assert.deepEqual(lex(keyword), [`Keyword:${keyword}`]);
    assert.deepEqual(lex(`${keyword}s`), [`Identifier:${keyword}s`]);
  }
  assert.deepEqual(lex('onoff host-a _x9 eth0'), ['Identifier:onoff', 'Identifier:host-a', 'Identifier:_x9', 'Identifier:eth0']);
});

test('every unit of the catalog makes a quantity, with or without a space', () => {
  for (const unit of UNIT_TEXTS) {
    assert.deepEqual(lex(`3${unit}`), [`Quantity:3${unit}`], unit);
    assert.deepEqual(lex(`2.5 ${unit}`), [`Quantity:2.5 ${unit}`], unit);
  }
});

test('the longest unit wins, and a unit must end at a word boundary', () => {
  assert.deepEqual(lex('4cycles/B 4cycles 0.1ns/B 3ms 3s 3MiB 3Mpps'), [
    'Quantity:4cycles/B',
    'Quantity:4cycles',
    'Quantity:0.1ns/B',
    'Quantity:3ms',
    'Quantity:3s',
    'Quantity:3MiB',
    'Quantity:3Mpps',
  ]);
  assert.deepEqual(lex('8 s'), ['Quantity:8 s']);
  assert.deepEqual(lex('8 stage'), ['Number:8', 'Keyword:stage']);
  assert.deepEqual(lex('8 seconds'), ['Number:8', 'Identifier:seconds']);
  assert.deepEqual(lex('80% 64B'), ['Quantity:80%', 'Quantity:64B']);
});

test('a unit never crosses a line, and a word followed by `=` is the next key', () => {
  assert.deepEqual(lex('cores = 8  freq = 3GHz'), ['Identifier:cores', 'Equals:=', 'Number:8', 'Identifier:freq', 'Equals:=', 'Quantity:3GHz']);
  assert.deepEqual(lex('x = 8\nus = 2'), ['Identifier:x', 'Equals:=', 'Number:8', 'Identifier:us', 'Equals:=', 'Number:2']);
  assert.deepEqual(lex('n = 8  s = 2'), ['Identifier:n', 'Equals:=', 'Number:8', 'Identifier:s', 'Equals:=', 'Number:2']);
  assert.deepEqual(lex('a < 8 s == b'), ['Identifier:a', 'Less:<', 'Quantity:8 s', 'EqualEqual:==', 'Identifier:b']);
});

test('numbers: integers, decimals, exponents; the payload splits number and unit', () => {
  assert.deepEqual(lex('42 3.5 1e6 2.5E-3 7e+2'), ['Number:42', 'Number:3.5', 'Number:1e6', 'Number:2.5E-3', 'Number:7e+2']);
  assert.deepEqual(lex('3. 1e'), ['Number:3', 'Dot:.', 'Number:1', 'Identifier:e']);
  const [quantity] = tokenize('12.5 \tGbps').tokens;
  assert.deepEqual(quantity.payload, { numberEnd: 4, unitStart: 6 });
});

test('punctuation and comparison operators', () => {
  assert.deepEqual(lex('{ } [ ] = , ; . <-> < <= > >= == != -'), [
    'LCurly:{',
    'RCurly:}',
    'LBracket:[',
    'RBracket:]',
    'Equals:=',
    'Comma:,',
    'Semicolon:;',
    'Dot:.',
    'BiArrow:<->',
    'Less:<',
    'LessEqual:<=',
    'Greater:>',
    'GreaterEqual:>=',
    'EqualEqual:==',
    'NotEqual:!=',
    'Minus:-',
  ]);
});

test('strings with escapes; an unterminated string stops at the end of its line', () => {
  assert.deepEqual(lex('"a \\" b" "c\\\\"'), ['String:"a \\" b"', 'String:"c\\\\"']);
  const result = tokenize('x = "open\ny = 1');
  assert.deepEqual(
    result.tokens.map((token) => token.tokenType.name),
    ['Identifier', 'Equals', 'UnterminatedString', 'Identifier', 'Equals', 'Number'],
  );
  assert.deepEqual(result.errors, [
    { message: 'unterminated string: `"` expected before the end of the line', span: { start: 4, end: 9 } },
  ]);
});

test('comments are kept apart from the tokens', () => {
  const text = 'a // one\nb # two\n/* three\n */ c';
  const result = tokenize(text);
  assert.deepEqual(lex(text), ['Identifier:a', 'Identifier:b', 'Identifier:c']);
  assert.deepEqual(
    result.comments.map((comment) => [comment.style, comment.text, text.slice(comment.span.start, comment.span.end)]),
    [
      ['line', '// one', '// one'],
      ['line', '# two', '# two'],
      ['block', '/* three\n */', '/* three\n */'],
    ],
  );
  assert.deepEqual(result.errors, []);
});

test('an unterminated block comment runs to the end and is reported at its opening', () => {
  const result = tokenize('a /* b');
  assert.equal(result.comments[0].text, '/* b');
  assert.deepEqual(result.errors, [{ message: 'unterminated block comment: `*/` expected', span: { start: 2, end: 4 } }]);
});

test('line breaks are marked on the token after them, including breaks inside block comments', () => {
  const result = tokenize('a b\nc /* x\n */ d /* y */ e');
  assert.deepEqual(
    result.tokens.map((token) => token.afterNewline),
    [true, false, true, true, false],
  );
});

test('characters that start no token are one error per run, with a span', () => {
  const result = tokenize('a @@ b ! c µ');
  assert.deepEqual(result.errors, [
    { message: 'unexpected characters `@@`', span: { start: 2, end: 4 } },
    { message: 'unexpected character `!`', span: { start: 7, end: 8 } },
    { message: 'unexpected character `µ`', span: { start: 11, end: 12 } },
  ]);
  assert.deepEqual(lex('a @@ b'), ['Identifier:a', 'Unknown:@@', 'Identifier:b']);
});
