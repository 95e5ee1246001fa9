// The digest of what a run reads: unchanged by comments, layout and the
// file's other scenarios; changed by anything a rerun would see.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runFingerprint, runInputs } from '../../../server/lsp/run-fingerprint';
import { fixture } from './helpers';

const HOSTS = `host gen { role = loadgen  nic eth0 { speed = 100Gbps } }
host sut { nic eth0 { speed = 100Gbps } }
link gen.eth0 <-> sut.eth0 { latency = 1us }
chain path on sut { stage driver  stage app { cost = 1us } }
`;

const MODEL = `${HOSTS}traffic rpc { from = gen  to = sut  via = path  rate = 20Kpps  size = 64B }
scenario quick { duration = 1ms  traffic = [rpc] }
scenario other { duration = 2ms  traffic = [rpc] }
`;

/** The fingerprint of `scenario` in main.hnet holding `text`, with `others` beside it. */
function fingerprintOf(text: string, scenario = 'quick', others: Record<string, string> = {}): string {
  const f = fixture(text, others);
  const inputs = runInputs(f.session, f.uri);
  assert.ok(inputs);
  return runFingerprint(inputs, scenario);
}

describe('run fingerprint', () => {
  const base = fingerprintOf(MODEL);

  it('ignores comments and layout, as `hostnet fmt` changes them', () => {
    assert.equal(fingerprintOf(`// a note\n${MODEL}/* and another */\n`), base);
    assert.equal(fingerprintOf(MODEL.replace('duration = 1ms  traffic = [rpc]', '\n  duration = 1 ms\n  traffic = [ rpc ]\n')), base);
  });

  it('changes with anything a rerun would read', () => {
    assert.notEqual(fingerprintOf(MODEL.replace('rate = 20Kpps', 'rate = 40Kpps')), base);
    assert.notEqual(fingerprintOf(MODEL.replace('duration = 1ms', 'duration = 3ms')), base);
    assert.notEqual(fingerprintOf(MODEL.replace('cost = 1us', 'cost = 2us')), base);
  });

  it('ignores the file’s other scenarios, and tells scenarios apart', () => {
    assert.equal(fingerprintOf(MODEL.replace('duration = 2ms', 'duration = 5ms')), base);
    assert.equal(fingerprintOf(`${MODEL}scenario third { traffic = [rpc] }\n`), base);
    assert.notEqual(fingerprintOf(MODEL, 'other'), base);
  });

  it('follows imported files, but not their scenarios', () => {
    const main = `import "hosts.hnet"\ntraffic rpc { from = gen  to = sut  via = path }\nscenario quick { traffic = [rpc] }\n`;
    const imported = fingerprintOf(main, 'quick', { 'hosts.hnet': HOSTS });
    assert.notEqual(fingerprintOf(main, 'quick', { 'hosts.hnet': HOSTS.replace('latency = 1us', 'latency = 9us') }), imported);
    assert.equal(fingerprintOf(main, 'quick', { 'hosts.hnet': `${HOSTS}scenario theirs { duration = 1s }\n` }), imported);
  });

  it('makes the default scenario of a file without scenarios stale once one is written', () => {
    const bare = MODEL.slice(0, MODEL.indexOf('scenario quick'));
    assert.notEqual(fingerprintOf(`${bare}scenario added { traffic = [rpc] }\n`, 'default'), fingerprintOf(bare, 'default'));
  });
});
