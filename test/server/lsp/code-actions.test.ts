import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeAction } from 'vscode-languageserver';
import { propertySpec } from '../../../server/language/catalog';
import { codeActions } from '../../../server/lsp/code-actions';
import { plainSnippet } from '../../../server/lsp/completion-items';
import { fixture } from './helpers';

/** `name = typical value`, as the catalog's snippet writes it. */
const typical = (block: string, name: string) => plainSnippet(propertySpec(block, name)!.snippet);

/** The quick fixes offered at the cursor, each with the text it would produce. */
function fixesAt(marked: string): { title: string; result: string; preferred: boolean }[] {
  const f = fixture(marked);
  const position = f.position();
  const actions = codeActions(f.session, { textDocument: { uri: f.uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
  return actions.map((action: CodeAction) => {
    let result = f.text;
    for (const edit of [...action.edit!.changes![f.uri]].reverse()) {
      result = result.slice(0, f.lines.offset(edit.range.start)) + edit.newText + result.slice(f.lines.offset(edit.range.end));
    }
    return { title: action.title, result, preferred: action.isPreferred === true };
  });
}

describe('code actions', () => {
  it('replaces an unknown property with the one meant', () => {
    const [fix] = fixesAt('host a { nic e { sp<|>ed = 1Gbps } }');
    assert.deepEqual(fix, { title: 'Change to `speed`', result: 'host a { nic e { speed = 1Gbps } }', preferred: true });
  });

  it('replaces an unknown enum value and stage kind', () => {
    assert.equal(fixesAt('chain c on s { stack = ker<|>nl }')[0].result, 'chain c on s { stack = kernel }');
    assert.equal(fixesAt('chain c on s { stage vx<|>lam }')[0].result, 'chain c on s { stage vxlan }');
  });

  it('replaces an unknown name with a defined one', () => {
    const [fix] = fixesAt('chain overlay on s { stage driver }\ntraffic t { via = overla<|>i }');
    assert.equal(fix.title, 'Change to `overlay`');
  });

  it('adds missing required properties before the closing brace', () => {
    const fixes = fixesAt('traffic <|>t {\n  from = gen\n}\n');
    assert.equal(fixes[0].title, 'Add `to`, `rate`');
    assert.equal(fixes[0].result, `traffic t {\n  from = gen\n  ${typical('traffic', 'to')}\n  ${typical('traffic', 'rate')}\n}\n`);
  });

  it('adds a missing property to a one-line block and to a block without a body', () => {
    const cost = typical('stage', 'cost');
    assert.equal(fixesAt('chain c on s { stage custom <|>x { dist = fixed } }')[0].result, `chain c on s { stage custom x { dist = fixed ${cost} } }`);
    assert.equal(fixesAt('chain c on s { stage custom <|>x }')[0].result, `chain c on s { stage custom x { ${cost} } }`);
  });

  it('converts between time and cycles, or changes the unit keeping the prefix', () => {
    const fixes = fixesAt('host a { nic e { speed = 100G<|>Hz } }');
    assert.deepEqual(fixes[0], { title: 'Change the unit: 100Gbps', result: 'host a { nic e { speed = 100Gbps } }', preferred: true });
    const [convert] = fixesAt('host a { nic e { coalesce = 24000cyc<|>les } }');
    assert.deepEqual(convert, { title: 'Convert to 8000ns', result: 'host a { nic e { coalesce = 8000ns } }', preferred: true });
  });

  it('adds a missing unit', () => {
    assert.ok(fixesAt('host a { nic e { coalesce = 8<|> } }').some((f) => f.result === 'host a { nic e { coalesce = 8us } }'));
  });

  it('removes a unit from a whole number', () => {
    assert.deepEqual(fixesAt('host a { nic e { queues = 4 u<|>s } }')[0], { title: 'Remove the unit', result: 'host a { nic e { queues = 4 } }', preferred: true });
  });

  it('clamps an out-of-range value to the nearest allowed one', () => {
    assert.deepEqual(fixesAt('host a { cpu { cores = <|>0 } }')[0], { title: 'Clamp to 1', result: 'host a { cpu { cores = 1 } }', preferred: true });
    assert.equal(fixesAt('host a { nic e { queues = 5000<|> } }')[0].title, 'Clamp to 1024');
  });

  it('offers nothing where there is no problem, or when other kinds are asked for', () => {
    assert.deepEqual(fixesAt('host a { cpu { cores = <|>4 } }'), []);
    const f = fixture('host a { cpu { cores = <|>0 } }');
    const position = f.position();
    const only = codeActions(f.session, { textDocument: { uri: f.uri }, range: { start: position, end: position }, context: { diagnostics: [], only: ['refactor'] } });
    assert.deepEqual(only, []);
  });
});
