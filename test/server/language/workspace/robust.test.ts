import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lower } from '../../../../server/language/lower';
import { memoryWorkspace } from '../helpers';

const design = readFileSync(new URL('../fixtures/design.hnet', import.meta.url), 'utf8');

test('every third prefix of the DESIGN example analyses without throwing, and lowers when it has no errors', () => {
  let lowered = 0;
  for (let end = 0; end <= design.length; end += 3) {
    const { workspace, uri } = memoryWorkspace({ 'main.hnet': design.slice(0, end) });
    const analysis = workspace.analyze(uri('main.hnet'))!;
    for (const d of analysis.diagnostics) assert.ok(d.span.start <= d.span.end && d.span.end <= end, `${d.code} span at ${end}`);
    if (analysis.diagnostics.some((d) => d.severity === 'error')) continue;
    const result = lower(workspace, uri('main.hnet'));
    assert.ok(result.scenarios.length > 0);
    lowered++;
  }
  assert.ok(lowered > 5, `${lowered} prefixes lowered`);
});
