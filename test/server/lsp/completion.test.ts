import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InsertTextFormat } from 'vscode-languageserver';
import { propertySpec } from '../../../server/language/catalog';
import { completion } from '../../../server/lsp/completion';
import { defaultText } from '../../../server/lsp/docs';
import { applyItem, expectCompletion, fixture, OVERLAY_HOST } from './helpers';

describe('completion: block kinds and properties', () => {
  it('offers the top-level blocks and import at the top level', () => {
    expectCompletion('<|>', { exactly: ['host', 'link', 'chain', 'traffic', 'scenario', 'import'] });
  });

  it('offers child blocks and properties inside a host', () => {
    expectCompletion('host sut {\n  <|>\n}', { includes: ['cpu', 'nic', 'container', 'role'], excludes: ['host', 'stage', 'speed'] });
  });

  it('leaves out properties already set and blocks that appear once', () => {
    expectCompletion('host sut {\n  role = sut\n  cpu { cores = 4 }\n  <|>\n}', { includes: ['nic'], excludes: ['role', 'cpu'] });
  });

  it('completes the next property on the same line', () => {
    expectCompletion('host a { cpu { cores = 8  <|> } }', { includes: ['freq', 'llc'], excludes: ['cores'] });
  });

  it('inserts a snippet with a typical value and unit', () => {
    const f = fixture('host a {\n  nic eth0 {\n    sp<|>\n  }\n}');
    const items = completion(f.session, { textDocument: { uri: f.uri }, position: f.position() }).items;
    const speed = items.find((item) => item.label === 'speed')!;
    assert.equal(speed.insertTextFormat, InsertTextFormat.Snippet);
    const spec = propertySpec('nic', 'speed')!;
    assert.ok(applyItem(f, speed).includes(`\n    ${spec.snippet}\n`), 'the catalog’s snippet replaces the typed word');
    assert.match(spec.snippet, /^speed = \$\{1:\d+[A-Za-z]+\}$/, 'the snippet holds a value with its unit');
    assert.ok(String(speed.detail).includes(`default ${defaultText(spec)}`));
  });

  it('inserts plain text to clients without snippets', () => {
    const f = fixture('host a {\n  nic eth0 {\n    <|>\n  }\n}');
    f.session.options.snippets = false;
    const items = completion(f.session, { textDocument: { uri: f.uri }, position: f.position() }).items;
    const speed = items.find((item) => item.label === 'speed')!;
    assert.equal(speed.insertTextFormat, InsertTextFormat.PlainText);
    assert.ok(applyItem(f, speed).includes(`speed = ${propertySpec('nic', 'speed')!.example}`));
  });

  it('works inside an unfinished block at the end of the file', () => {
    expectCompletion('traffic rpc {\n  from = gen\n  <|>', { includes: ['to', 'via', 'rate'], excludes: ['from'] });
  });

  it('works after a syntax error earlier in the block', () => {
    expectCompletion('host a {\n  cpu { cores = = 8 }\n  nic eth0 {\n    <|>\n  }\n}', { includes: ['speed', 'queues'] });
  });

  it('offers nothing where a new name is being written', () => {
    expectCompletion('host <|>', { exactly: [] });
    expectCompletion('// a comment <|>', { exactly: [] });
  });
});

describe('completion: values', () => {
  it('offers enum values after =', () => {
    expectCompletion('chain c on s {\n  stack = <|>\n}', { exactly: ['kernel', 'dpdk', 'xdp', 'afxdp', 'userspace'] });
  });

  it('offers enum values inside a list', () => {
    expectCompletion('host a { nic e { offloads = [gro, <|>] } }', { includes: ['tso', 'checksum', 'lro'] });
  });

  it('offers the default and an example for a quantity', () => {
    expectCompletion('host a { nic e { speed = <|> } }', { includes: [defaultText(propertySpec('nic', 'speed')!)!] });
  });

  it('offers chains after via, those on the `to` host first', () => {
    const items = expectCompletion(`${OVERLAY_HOST}chain other on gen { stage driver }\ntraffic rpc {\n  to = sut.web\n  via = <|>\n}`, {
      exactly: ['overlay', 'other'],
    });
    const sorted = [...items].sort((a, b) => String(a.sortText).localeCompare(String(b.sortText)));
    assert.equal(sorted[0].label, 'overlay');
  });

  it('offers hosts and host.container after to', () => {
    expectCompletion(`${OVERLAY_HOST}traffic rpc {\n  to = <|>\n}`, { includes: ['sut', 'gen', 'sut.web'], excludes: ['overlay', 'sut.eth0'] });
  });

  it('offers the members of a host after `sut.`', () => {
    expectCompletion(`${OVERLAY_HOST}traffic rpc {\n  to = sut.<|>\n}`, { exactly: ['web'] });
  });

  it('offers names from imported files', () => {
    expectCompletion('import "common.hnet"\ntraffic rpc {\n  from = <|>\n}', {
      includes: ['gen', 'sut'],
      others: { 'common.hnet': OVERLAY_HOST },
    });
  });

  it('offers traffic names in a scenario list', () => {
    expectCompletion(`${OVERLAY_HOST}traffic rpc { }\ntraffic bulk { }\nscenario s {\n  traffic = [rpc, <|>]\n}`, { includes: ['bulk', 'rpc'], excludes: ['sut'] });
  });

  it('offers the NICs of the chain’s host for `nic`', () => {
    expectCompletion(`${OVERLAY_HOST}chain c2 on sut {\n  nic = <|>\n}`, { includes: ['eth0', 'sut.eth0'] });
  });
});

describe('completion: units', () => {
  it('offers the units of the property’s kind right after a number', () => {
    expectCompletion('host a { nic e { speed = 100<|> } }', { exactly: ['bps', 'Kbps', 'Mbps', 'Gbps', 'Tbps'] });
  });

  it('replaces a partly typed unit', () => {
    const f = fixture('host a { nic e { coalesce = 8u<|> } }');
    const items = completion(f.session, { textDocument: { uri: f.uri }, position: f.position() }).items;
    const us = items.find((item) => item.label === 'us')!;
    assert.equal(applyItem(f, us), 'host a { nic e { coalesce = 8us } }');
  });

  it('offers bandwidth and packet-rate units for a traffic rate', () => {
    expectCompletion('traffic t { rate = 10<|> }', { includes: ['Gbps', 'Mpps'], excludes: ['us'] });
  });

  it('offers no units for a whole number', () => {
    expectCompletion('host a { cpu { cores = 8<|> } }', { exactly: [] });
  });

  it('offers the metric’s units in expect', () => {
    expectCompletion(`${OVERLAY_HOST}traffic rpc { }\nscenario s {\n  expect { rpc.latency.p99 < 50<|> }\n}`, { includes: ['us', 'ms'], excludes: ['Gbps'] });
  });
});

describe('completion: stages, metrics, sweeps, headers', () => {
  it('offers stage kinds after `stage`, those of the chain’s stack first', () => {
    const items = expectCompletion('chain c on s {\n  stack = dpdk\n  stage <|>\n}', { includes: ['pmd', 'driver', 'app'] });
    const pmd = items.find((item) => item.label === 'pmd')!;
    const driver = items.find((item) => item.label === 'driver')!;
    assert.ok(String(pmd.sortText) < String(driver.sortText));
    assert.match(String(driver.detail), /not for dpdk chains/);
  });

  it('offers metric paths in expect', () => {
    expectCompletion(`${OVERLAY_HOST}traffic rpc { }\nscenario s {\n  expect {\n    <|>\n  }\n}`, {
      includes: ['rpc.latency.p99', 'rpc.throughput', 'sut.cpu.util', 'sut.core[0].util', 'overlay.vxlan.wait'],
    });
  });

  it('narrows metric paths to what is typed and replaces the whole path', () => {
    const f = fixture(`${OVERLAY_HOST}traffic rpc { }\nscenario s {\n  expect {\n    rpc.lat<|>\n  }\n}`);
    const items = completion(f.session, { textDocument: { uri: f.uri }, position: f.position() }).items;
    assert.ok(items.every((item) => String(item.label).startsWith('rpc.')));
    const p99 = items.find((item) => item.label === 'rpc.latency.p99')!;
    assert.match(applyItem(f, p99), /^ {4}rpc\.latency\.p99$/m);
  });

  it('offers sweep paths one segment at a time', () => {
    const text = `${OVERLAY_HOST}traffic bulk { }\nscenario s {\n  sweep {\n    <|>\n  }\n}`;
    expectCompletion(text, { includes: ['bulk', 'sut', 'overlay'] });
    expectCompletion(text.replace('<|>', 'bulk.<|>'), { includes: ['rate', 'size'], excludes: ['bulk'] });
    expectCompletion(text.replace('<|>', 'sut.<|>'), { includes: ['cpu', 'eth0', 'role'] });
    expectCompletion(text.replace('<|>', 'sut.cpu.<|>'), { includes: ['cores', 'freq'] });
    expectCompletion(text.replace('<|>', 'overlay.vxlan.<|>'), { includes: ['cost', 'per_byte'] });
  });

  it('offers the swept property’s values', () => {
    expectCompletion(`${OVERLAY_HOST}scenario s {\n  sweep {\n    overlay.priority = [none, <|>]\n  }\n}`, { includes: ['prism'] });
  });

  it('offers `on` and then hosts in a chain header', () => {
    expectCompletion(`${OVERLAY_HOST}chain c2 <|>`, { exactly: ['on'] });
    expectCompletion(`${OVERLAY_HOST}chain c2 on <|>`, { exactly: ['gen', 'sut'] });
  });

  it('offers host.nic in a link header', () => {
    expectCompletion(`${OVERLAY_HOST}link <|>`, { exactly: ['gen.eth0', 'sut.eth0'] });
    expectCompletion(`${OVERLAY_HOST}link gen.eth0 <-> sut.<|>`, { exactly: ['eth0'] });
  });

  it('offers other workspace files in an import', () => {
    expectCompletion('import "<|>"', { exactly: ['common.hnet', 'lib/nets.hnet'], others: { 'common.hnet': '', 'lib/nets.hnet': '' } });
  });
});

describe('completion right after an edit', () => {
  it('parses only the block around the cursor and takes names from the last analysis', () => {
    const f = fixture(`${OVERLAY_HOST}traffic rpc {\n  from = gen\n}\n`);
    // As if the file took long to analyse: completion must not wait for it.
    f.session.options.quickAnalysisMs = 0;
    completion(f.session, { textDocument: { uri: f.uri }, position: { line: 0, character: 0 } });
    // Type a new property line into the traffic block without re-analysing.
    const line = f.text.split('\n').length - 2;
    f.session.didChange(f.uri, 2, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '  via = \n' }]);
    const items = completion(f.session, { textDocument: { uri: f.uri }, position: { line, character: 8 } }).items;
    assert.notEqual(f.session.latestAnalysis(f.uri)!.text, f.session.documents.text(f.uri), 'completion used the older analysis');
    assert.deepEqual(items.map((item) => item.label), ['overlay']);
    const edit = items[0].textEdit as { range: { start: { line: number; character: number } } };
    assert.deepEqual(edit.range.start, { line, character: 8 });
  });
});
