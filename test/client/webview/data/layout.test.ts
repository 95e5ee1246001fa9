import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Topology as ServerTopology } from '../../../../server/lsp/protocol';
import type { Topology } from '../../../../client/webview/protocol';
import { layoutTopology, type Box } from '../../../../client/webview/data/layout';
import { fixture } from '../load-fixture';

const topology = fixture<Topology>('topology.json');
const textWidth = (text: string) => text.length * 7;

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

test('load generators come first; NICs face their peer; every box sits inside its host', () => {
  const layout = layoutTopology(topology, () => 4, textWidth);
  const [gen, sut] = layout.hosts;
  assert.equal(gen.host.name, 'gen');
  assert.equal(gen.nics[0].side, 'right');
  assert.equal(sut.nics[0].side, 'left');
  assert.ok(gen.box.x + gen.box.w < sut.box.x);
  const boxes = [...sut.nics.map((n) => n.box), ...sut.chains.flatMap((c) => c.stages.map((s) => s.box)), ...sut.cores.map((c) => c.box)];
  assert.equal(boxes.length, 1 + 6 + 4);
  for (const box of boxes) assert.ok(inside(box, sut.box), JSON.stringify(box));
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => assert.ok(!overlap(a, b), `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`)));
  assert.ok(layout.width >= sut.box.x + sut.box.w && layout.height >= sut.box.y + sut.box.h);
});

test('stages run left to right and the chain is fed from its NIC; the link joins the two ports', () => {
  const layout = layoutTopology(topology, () => 0, textWidth);
  const chain = layout.hosts[1].chains[0];
  const xs = chain.stages.map((s) => s.box.x);
  assert.deepEqual(xs, [...xs].sort((a, b) => a - b));
  assert.equal(chain.feed?.to.x, chain.stages[0].box.x);
  const [link] = layout.links;
  assert.equal(link.from.x, layout.hosts[0].nics[0].box.x + layout.hosts[0].nics[0].box.w);
  assert.equal(link.to.x, layout.hosts[1].nics[0].box.x);
  assert.equal(layout.hosts[1].cores.length, 0);
});

test('the language server’s hostnet/topology answer is drawn as it is', () => {
  const uri = 'file:///a.hnet';
  const answer: ServerTopology = {
    uri,
    hosts: [{ uri, line: 0, name: 'h', role: 'sut', nics: [{ uri, line: 1, name: 'eth0' }], containers: [] }],
    links: [],
    chains: [{ uri, line: 2, name: 'c', host: 'h', stages: [{ uri, line: 3, kind: 'driver', name: 'driver' }] }],
    traffic: [],
  };
  const layout = layoutTopology(answer, () => 0, textWidth);
  assert.equal(layout.hosts[0].chains[0].stages.length, 1);
  assert.ok(layout.hosts[0].chains[0].feed, 'a host with one NIC feeds its chain from it');
});

test('an empty topology lays out to an empty picture', () => {
  const layout = layoutTopology({ uri: '', hosts: [], links: [], chains: [], traffic: [] }, () => 0, textWidth);
  assert.deepEqual(layout.hosts, []);
  assert.deepEqual(layout.links, []);
});
