import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BLOCK_KEYWORDS } from '../../../../server/language/catalog';
import { KEYWORDS } from '../../../../server/language/syntax/lexer';

test('the lexer knows every block keyword of the catalog, plus only `import` and `on`', () => {
  assert.deepEqual([...KEYWORDS].sort(), [...BLOCK_KEYWORDS, 'import', 'on'].sort());
});
