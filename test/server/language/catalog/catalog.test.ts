import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BLOCKS, BLOCK_KEYWORDS, ENUM_WORDS, METRICS, STAGE_KINDS, UNITS, blockSpec, inRange, isLiteral, metricUnit, propertySpec,
  stageBehaviour, type PropertySpec,
} from '../../../../server/language/catalog';

test('every block keyword has exactly one spec, and children mirror parents', () => {
  assert.deepEqual(BLOCKS.map((b) => b.keyword).sort(), [...BLOCK_KEYWORDS].sort());
  for (const block of BLOCKS) {
    for (const child of block.children) assert.ok(blockSpec(child)?.parents.includes(block.keyword), `${child} in ${block.keyword}`);
    for (const parent of block.parents) {
      if (parent !== 'file') assert.ok(blockSpec(parent)?.children.includes(block.keyword), `${block.keyword} under ${parent}`);
    }
  }
  assert.deepEqual(blockSpec('host')?.children, ['cpu', 'nic', 'container']);
  assert.deepEqual(blockSpec('scenario')?.children, ['sweep', 'expect']);
});

test('DESIGN §2 properties are all in the catalog', () => {
  const design: Record<string, string[]> = {
    host: ['role'],
    cpu: ['cores', 'freq', 'llc'],
    nic: ['speed', 'queues', 'ring', 'mtu', 'coalesce', 'offloads', 'ddio', 'sriov_vfs'],
    link: ['latency', 'loss'],
    chain: ['nic', 'stack', 'pipelining', 'priority', 'cores', 'batch', 'copy'],
    stage: ['cost', 'per_byte', 'dist', 'core', 'batch', 'action'],
    traffic: ['from', 'to', 'via', 'pattern', 'rate', 'size', 'flows', 'class', 'reply', 'service', 'concurrency', 'think', 'on', 'off', 'start', 'stop', 'file'],
    scenario: ['duration', 'warmup', 'seed', 'repeat', 'traffic'],
  };
  for (const [block, names] of Object.entries(design)) {
    for (const name of names) assert.ok(propertySpec(block, name), `${block}.${name}`);
  }
});

function eachProperty(visit: (block: string, p: PropertySpec) => void) {
  for (const block of BLOCKS) for (const p of block.properties) visit(block.keyword, p);
}

test('every property has docs, an example, a snippet, and a default with a source or is required', () => {
  eachProperty((block, p) => {
    const where = `${block}.${p.name}`;
    assert.ok(p.doc.length > 10 && p.details.length >= p.doc.length, `${where} doc`);
    assert.ok(p.example.length > 0, `${where} example`);
    assert.ok(p.snippet.startsWith(`${p.name} = `), `${where} snippet`);
    if (p.default) assert.ok(p.default.source.text.length > 10, `${where} default source`);
    else assert.ok(p.required, `${where} has neither a default nor required`);
  });
});

test('literal defaults are of their property type and within range', () => {
  eachProperty((block, p) => {
    if (!p.default || !isLiteral(p.default)) return;
    const where = `${block}.${p.name}`;
    const value = p.default.value;
    switch (p.type.type) {
      case 'enum':
        assert.ok(p.type.enum.values.some((v) => v.name === value), where);
        break;
      case 'list':
        assert.ok(Array.isArray(value), where);
        if (p.type.of.type === 'enum') {
          const names = p.type.of.enum.values.map((v) => v.name);
          for (const item of value as string[]) assert.ok(names.includes(item), `${where}: ${item}`);
        }
        break;
      case 'quantity': {
        const unit = p.default.text.replace(/^[\d.]+/, '');
        assert.ok(p.type.units.includes(UNITS.get(unit)!.kind), `${where}: unit ${unit}`);
        break;
      }
      case 'integer':
        assert.ok(Number.isInteger(value), where);
        break;
      default:
        break;
    }
    if (typeof value === 'number' && p.range) assert.ok(inRange(value, p.range), `${where} default ${value} out of range`);
  });
});

test('enum snippets offer every value as a choice', () => {
  assert.equal(propertySpec('chain', 'stack')?.snippet, 'stack = ${1|kernel,dpdk,xdp,afxdp,userspace|}');
  assert.equal(propertySpec('nic', 'speed')?.snippet, 'speed = ${1:100Gbps}');
});

test('stage kinds: DESIGN list complete, each fits a stack and has a costed source', () => {
  const design = 'driver pmd xdp gro ip route conntrack tcp udp vxlan geneve bridge ovs veth iptables ebpf shm nf userspace_tcp socket app tx custom'.split(' ');
  assert.deepEqual(STAGE_KINDS.map((s) => s.kind).sort(), design.sort());
  for (const s of STAGE_KINDS) {
    assert.ok(s.stacks.length > 0, s.kind);
    for (const stack of s.stacks) {
      const b = stageBehaviour(s, stack);
      assert.ok(b.cyclesPerPacket >= 0 && b.cyclesPerByte >= 0, s.kind);
      assert.ok(b.costSource.text.length > 10, `${s.kind} source`);
    }
  }
  assert.equal(STAGE_KINDS.find((s) => s.kind === 'custom')?.requiresCost, true);
  // The XDP-mode driver builds no skb.
  const driver = STAGE_KINDS.find((s) => s.kind === 'driver')!;
  assert.ok(stageBehaviour(driver, 'xdp').cyclesPerPacket < stageBehaviour(driver, 'kernel').cyclesPerPacket);
});

test('device stages hand on through a queue or let pipelining move the work', () => {
  const devices = STAGE_KINDS.filter((s) => s.device).map((s) => s.kind).sort();
  assert.deepEqual(devices, ['driver', 'geneve', 'veth', 'vxlan']);
  assert.equal(STAGE_KINDS.find((s) => s.kind === 'veth')?.queueAfter, 'backlog');
});

test('metric catalog covers the DESIGN §2 list', () => {
  const patterns = METRICS.map((m) => m.pattern);
  for (const stat of ['mean', 'p50', 'p90', 'p99', 'p999', 'max']) assert.ok(patterns.includes(`<traffic>.latency.${stat}`));
  for (const p of ['<traffic>.throughput', '<traffic>.pps', '<traffic>.drops', '<traffic>.loss', '<host>.cpu.util', '<host>.core[N].util', '<chain>.<stage>.wait']) {
    assert.ok(patterns.includes(p), p);
  }
});

test('enum words include every value and size distribution once', () => {
  for (const word of ['kernel', 'falcon', 'prism', 'zerocopy', 'poisson', 'imix', 'exponential', 'forward', 'loadgen', 'on', 'arfs']) {
    assert.ok(ENUM_WORDS.includes(word), word);
  }
  assert.equal(new Set(ENUM_WORDS).size, ENUM_WORDS.length);
});

test('metricUnit gives the unit kind of a concrete metric path', () => {
  assert.equal(metricUnit('rpc.latency.p99'), 'time');
  assert.equal(metricUnit('sut.core[3].util'), 'percent');
  assert.equal(metricUnit('overlay.vxlan.wait'), 'time');
  assert.equal(metricUnit('bulk.drops'), 'count');
  assert.equal(metricUnit('bulk.nonsense'), undefined);
});
