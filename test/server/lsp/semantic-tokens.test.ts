// Semantic tokens must agree with the TextMate scopes (syntaxes/README.md).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify, SEMANTIC_TOKENS_LEGEND, semanticTokens } from '../../../server/lsp/semantic-tokens';
import { fixture } from './helpers';

function tokens(text: string): string[] {
  const f = fixture(text);
  const parsed = f.session.parsed(f.uri)!;
  return classify(parsed).map((t) => `${text.slice(t.start, t.end)}:${t.type}${t.modifiers?.length ? `.${t.modifiers.join('.')}` : ''}`);
}

describe('semantic tokens', () => {
  it('classifies like the grammar', () => {
    assert.deepEqual(tokens('import "x.hnet"\nhost sut { cpu { cores = 8 } }'), [
      'import:keyword', '"x.hnet":string', 'host:keyword', 'sut:type.declaration', 'cpu:keyword', 'cores:property', '=:operator', '8:number',
    ]);
  });

  it('gives traffic and scenario names the function colour', () => {
    assert.deepEqual(tokens('traffic rpc { }\nscenario s { }'), ['traffic:keyword', 'rpc:function.declaration', 'scenario:keyword', 's:function.declaration']);
  });

  it('tells enum values from references and keywords used as properties', () => {
    assert.deepEqual(tokens('traffic t { pattern = poisson  via = overlay  rate = 1Mpps }\nscenario s { traffic = [t] }'), [
      'traffic:keyword', 't:function.declaration',
      'pattern:property', '=:operator', 'poisson:enumMember',
      'via:property', '=:operator', 'overlay:variable',
      'rate:property', '=:operator', '1Mpps:number',
      'scenario:keyword', 's:function.declaration', 'traffic:property', '=:operator', 't:variable',
    ]);
  });

  it('colours stage kinds, headers, paths and comparisons', () => {
    assert.deepEqual(tokens('chain c on sut { stage custom f }\nlink a.e <-> b.e { }\nscenario s { expect { r.latency.p99 < 1us } sweep { b.rate = [1Gbps] } }'), [
      'chain:keyword', 'c:type.declaration', 'on:keyword', 'sut:variable', 'stage:keyword', 'custom:type.defaultLibrary', 'f:type.declaration',
      'link:keyword', 'a:variable', 'e:variable', '<->:operator', 'b:variable', 'e:variable',
      'scenario:keyword', 's:function.declaration', 'expect:keyword', 'r:variable', 'latency:variable', 'p99:variable', '<:operator', '1us:number',
      'sweep:keyword', 'b:variable', 'rate:property', '=:operator', '1Gbps:number',
    ]);
  });

  it('splits block comments per line and encodes relative positions', () => {
    const f = fixture('/* a\n   b */ host x { }');
    const { data } = semanticTokens(f.session, { textDocument: { uri: f.uri } });
    const comment = SEMANTIC_TOKENS_LEGEND.tokenTypes.indexOf('comment');
    // [deltaLine, deltaStart, length, type, modifiers] × tokens
    assert.deepEqual(data.slice(0, 10), [0, 0, 4, comment, 0, 1, 0, 7, comment, 0]);
  });
});
