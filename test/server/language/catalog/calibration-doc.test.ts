import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderCalibrationDoc } from '../../../../server/language/catalog/calibration-doc';
import { CALIBRATION_DOC_PATH } from '../../../../scripts/gen-calibration-doc';
import { BLOCKS, STAGE_KINDS } from '../../../../server/language/catalog';

test('docs/calibration.md is up to date (run `npx tsx scripts/gen-calibration-doc.ts`)', () => {
  assert.equal(readFileSync(CALIBRATION_DOC_PATH, 'utf8'), renderCalibrationDoc());
});

test('the doc lists every property with a default and every stage kind', () => {
  const doc = renderCalibrationDoc();
  for (const block of BLOCKS) for (const p of block.properties) if (p.default) assert.ok(doc.includes(`| \`${p.name}\` |`), p.name);
  for (const s of STAGE_KINDS) assert.ok(doc.includes(`| \`${s.kind}\` |`), s.kind);
});
