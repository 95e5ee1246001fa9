import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeText, codes, lineOf, memoryWorkspace, spanText } from '../helpers';

const design = readFileSync(new URL('../fixtures/design.hnet', import.meta.url), 'utf8');

test('symbols: one per named thing, members qualified by their owner, spans on the name and the block', () => {
  const analysis = analyzeText(design);
  const names = analysis.symbols.map((s) => `${s.kind}:${s.qualifiedName}`);
  assert.deepEqual(names, [
    'host:gen', 'nic:gen.eth0', 'host:sut', 'nic:sut.eth0', 'container:sut.web', 'chain:overlay',
    'stage:overlay.driver', 'stage:overlay.gro', 'stage:overlay.vxlan', 'stage:overlay.bridge', 'stage:overlay.veth',
    'stage:overlay.udp', 'stage:overlay.socket', 'stage:overlay.app', 'traffic:rpc', 'traffic:bulk', 'scenario:prism_under_load',
  ]);
  for (const symbol of analysis.symbols) {
    assert.equal(spanText(analysis, symbol.nameSpan), symbol.name);
    assert.ok(spanText(analysis, symbol.blockSpan).startsWith(symbol.block.keyword.text));
  }
  const app = analysis.symbols.find((s) => s.qualifiedName === 'overlay.app')!;
  assert.equal(app.named, false);
  assert.equal(app.parent?.name, 'overlay');
  assert.deepEqual(analysis.diagnostics, []);
});

test('every reference of the DESIGN example resolves, and its span spells the target', () => {
  const analysis = analyzeText(design);
  const refs = analysis.references.map((r) => `${lineOf(analysis, r.span)}:${spanText(analysis, r.span)}->${r.target.qualifiedName}${r.kind === 'core' ? ' (core)' : ''}`);
  assert.deepEqual(refs, [
    '11:gen->gen', '11:eth0->gen.eth0', '11:sut->sut', '11:eth0->sut.eth0', // link endpoints
    '13:sut->sut', // chain on
    '25:0->sut (core)', '25:1->sut (core)', '25:2->sut (core)', '25:3->sut (core)', // chain cores
    '29:gen->gen', '29:sut->sut', '29:web->sut.web', '29:overlay->overlay', // rpc from/to/via
    '34:gen->gen', '34:sut->sut', '34:web->sut.web', '34:overlay->overlay', // bulk
    '40:rpc->rpc', '40:bulk->bulk', // scenario traffic
    '41:bulk->bulk', '41:overlay->overlay', // sweep keys
    '42:rpc->rpc', '42:bulk->bulk', // expect metrics
  ]);
  for (const r of analysis.references) if (r.kind === 'name') assert.equal(spanText(analysis, r.span), r.target.name);
});

test('sweep keys resolve to a property of a named thing, through members and `cpu`', () => {
  const analysis = analyzeText(`
host sut { cpu { cores = 4 } nic eth0 { } }
chain overlay on sut { stage driver stage app }
traffic bulk { from = sut to = sut via = overlay rate = 1Gbps }
scenario s { sweep { bulk.rate = [1Gbps] sut.cpu.cores = [2, 4] sut.eth0.ring = [512] overlay.app.cost = [1us] } }
`);
  assert.deepEqual(analysis.diagnostics.filter((d) => d.severity === 'error'), []);
  const targets = [...analysis.link.sweeps.values()].map((t) => `${t.path} => ${t.objectPath} ${t.block}.${t.property.name}`);
  assert.deepEqual(targets, [
    'bulk.rate => bulk traffic.rate',
    'sut.cpu.cores => sut.cpu cpu.cores',
    'sut.eth0.ring => sut.eth0 nic.ring',
    'overlay.app.cost => overlay.app stage.cost',
  ]);
  const appRef = analysis.references.find((r) => r.target.qualifiedName === 'overlay.app');
  assert.ok(appRef, 'the stage segment of a sweep path is a reference');
});

test('metric paths resolve with their symbols and core index', () => {
  const analysis = analyzeText(`
host sut { nic eth0 { } }
chain c on sut { stage driver stage vxlan }
traffic t { from = sut to = sut via = c rate = 1Mpps }
scenario s { expect { t.latency.p99 < 5us  sut.core[2].util < 90%  c.vxlan.wait < 1us  sut.cpu.util < 50% t.drops == 0 } }
`);
  const metrics = [...analysis.link.metrics.values()].map((m) => `${m.text}: ${m.spec.pattern} [${m.symbols.map((s) => s.qualifiedName)}]${m.index ? ` #${m.index.value}` : ''}`);
  assert.deepEqual(metrics, [
    't.latency.p99: <traffic>.latency.p99 [t]',
    'sut.core[2].util: <host>.core[N].util [sut] #2',
    'c.vxlan.wait: <chain>.<stage>.wait [c,c.vxlan]',
    'sut.cpu.util: <host>.cpu.util [sut]',
    't.drops: <traffic>.drops [t]',
  ]);
  const core = analysis.references.find((r) => r.kind === 'core')!;
  assert.equal(spanText(analysis, core.span), '2');
});

test('stage `core` and chain `nic` resolve against the chain\'s host', () => {
  const analysis = analyzeText(`
host sut { cpu { cores = 4 } nic eth0 { } nic eth1 { } }
chain c on sut { nic = eth1 stage driver { core = 3 } }
`);
  assert.deepEqual(analysis.diagnostics, []);
  const nicRef = analysis.references.find((r) => r.target.kind === 'nic')!;
  assert.equal(nicRef.target.qualifiedName, 'sut.eth1');
  const core = analysis.references.find((r) => r.kind === 'core')!;
  assert.equal(core.target.name, 'sut');
  assert.equal(spanText(analysis, core.span), '3');
});

test('unknown names, wrong kinds and duplicates are reported where they are written', () => {
  const analysis = analyzeText(`host sut { nic eth0 { } container web { } }
host sut { }
chain c on sutt { stage gro stage gro }
traffic t { from = c to = web via = overlay rate = 1Mpps }
link sut.eth9 <-> sut.eth0 { }
`);
  assert.deepEqual(codes(analysis), ['HN012@2', 'HN013@3', 'HN012@3', 'HN014@4', 'HN013@4', 'HN013@4', 'HN013@5']);
  const byCode = (code: string) => analysis.diagnostics.filter((d) => d.code === code);
  assert.match(byCode('HN013')[0].message, /`sutt` is not defined: `on` expects a host \(did you mean `sut`\?\)/);
  assert.deepEqual(byCode('HN013')[0].data?.suggestions, ['sut']);
  assert.match(byCode('HN014')[0].message, /`from` expects a host, but `c` is a chain/);
  // A container named without its host suggests the full path.
  assert.deepEqual(byCode('HN013')[1].data?.suggestions, ['sut.web']);
  assert.match(byCode('HN012')[1].message, /give this one a name/);
  assert.match(byCode('HN013')[3].message, /host `sut` has no nic `eth9` \(did you mean `eth0`\?\)/);
});

test('imported names are visible, transitively; clashes with imported names are reported', () => {
  const { workspace, uri } = memoryWorkspace({
    'main.hnet': 'import "lib/hosts.hnet"\nchain c on sut { stage driver }\ntraffic t { from = gen to = sut via = c rate = 1Mpps }\nhost gen { }\n',
    'lib/hosts.hnet': 'import "../base.hnet"\nhost sut { nic eth0 { } }\n',
    'base.hnet': 'host gen { role = loadgen nic eth0 { } }\n',
  });
  const analysis = workspace.analyze(uri('main.hnet'))!;
  assert.deepEqual(analysis.link.closure, [uri('lib/hosts.hnet'), uri('base.hnet')]);
  const sut = analysis.references.find((r) => r.target.name === 'sut')!;
  assert.equal(sut.target.uri, uri('lib/hosts.hnet'));
  assert.deepEqual(codes(analysis), ['HN012@4']);
  assert.match(analysis.diagnostics[0].message, /`gen` is already defined as a host in base\.hnet/);
});

test('a missing import and an import cycle are reported at the import', () => {
  const { workspace, uri } = memoryWorkspace({
    'a.hnet': 'import "b.hnet"\nimport "nowhere.hnet"\nhost a { }\n',
    'b.hnet': 'import "a.hnet"\nhost b { }\n',
  });
  const a = workspace.analyze(uri('a.hnet'))!;
  assert.deepEqual(codes(a), ['HN016@1', 'HN015@2']);
  assert.equal(a.diagnostics[0].message, 'import cycle: a.hnet → b.hnet → a.hnet');
  assert.equal(spanText(a, a.diagnostics[1].span), '"nowhere.hnet"');
  assert.match(a.diagnostics[1].message, /cannot find the imported file `nowhere.hnet`/);
  const b = workspace.analyze(uri('b.hnet'))!;
  assert.deepEqual(codes(b), ['HN016@1']);
  // Names still resolve across the cycle.
  assert.ok(a.link.scope.has('b') && b.link.scope.has('a'));
});

test('a file importing itself is a cycle', () => {
  const analysis = analyzeText('import "main.hnet"\nhost a { }\n');
  assert.deepEqual(codes(analysis), ['HN016@1']);
});
