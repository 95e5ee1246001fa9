// Writes docs/calibration.md from the catalog.
//   npx tsx scripts/gen-calibration-doc.ts           rewrite the doc
//   npx tsx scripts/gen-calibration-doc.ts --check   exit 1 when the file on disk is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderCalibrationDoc } from '../server/language/catalog/calibration-doc';

export const CALIBRATION_DOC_PATH = fileURLToPath(new URL('../docs/calibration.md', import.meta.url));

function current(): string | undefined {
  try {
    return readFileSync(CALIBRATION_DOC_PATH, 'utf8');
  } catch {
    return undefined;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = renderCalibrationDoc();
  if (process.argv.includes('--check')) {
    if (current() !== text) {
      console.error('docs/calibration.md is stale: run `npx tsx scripts/gen-calibration-doc.ts`');
      process.exit(1);
    }
  } else {
    writeFileSync(CALIBRATION_DOC_PATH, text);
  }
}
