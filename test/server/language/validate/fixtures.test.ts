// Every diagnostic code has a failing fixture (`HNxxx-bad.hnet`, each expected
// diagnostic marked on its line with `// !HNxxx`) and a passing one
// (`HNxxx-good.hnet`, no errors or warnings at all).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../../../../server/language/diagnostic';
import { Workspace } from '../../../../server/language/workspace';
import { pathToUri } from '../../../../server/language/uri';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

function expectedMarks(text: string): string[] {
  return text.split('\n').flatMap((line, i) => [...line.matchAll(/!(HN\d{3})/g)].map((m) => `${m[1]}@${i + 1}`)).sort();
}

function analyze(name: string) {
  const path = `${FIXTURES}${name}`;
  const analysis = new Workspace().analyze(pathToUri(path));
  assert.ok(analysis, `${name} exists`);
  return analysis;
}

for (const code of Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[]) {
  test(`${code}: ${DIAGNOSTIC_CODES[code].summary}`, () => {
    assert.ok(existsSync(`${FIXTURES}${code}-bad.hnet`) && existsSync(`${FIXTURES}${code}-good.hnet`), 'both fixtures exist');
    const bad = analyze(`${code}-bad.hnet`);
    const found = bad.diagnostics.map((d) => `${d.code}@${bad.lines.position(d.span.start).line + 1}`).sort();
    const marks = expectedMarks(readFileSync(`${FIXTURES}${code}-bad.hnet`, 'utf8'));
    assert.ok(marks.some((m) => m.startsWith(code)), 'the bad fixture marks the code');
    assert.deepEqual(found, marks, bad.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
    for (const d of bad.diagnostics.filter((x) => x.code === code)) {
      assert.equal(d.severity, DIAGNOSTIC_CODES[code].severity);
      assert.ok(d.span.end >= d.span.start);
    }
    const good = analyze(`${code}-good.hnet`);
    assert.deepEqual(good.diagnostics.map((d) => `${d.code} ${d.message}`), []);
  });
}
