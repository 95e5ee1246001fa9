// Generated input for benchmarks and stress tests: a large, valid .hnet file
// (hosts, links, chains with stages, traffic, scenarios with sweeps and
// expectations) and random bytes. Deterministic: same arguments, same text.

const STAGES = ['driver', 'gro', 'ip', 'vxlan', 'bridge', 'veth', 'tcp', 'socket', 'app'];

function hostBlock(i: number): string[] {
  return [
    `host h${i} {                          // host ${i}`,
    '  role = sut',
    '  cpu { cores = 8  freq = 3.0GHz  llc = 32MiB }',
    '  nic eth0 {',
    `    speed = 100Gbps   queues = 4   ring = ${512 + (i % 4) * 256}   mtu = 1500B`,
    '    coalesce = 8 us    offloads = [gro, tso, checksum]   ddio = on',
    '  }',
    `  container web${i} { }`,
    '}',
    '',
  ];
}

function linkBlock(i: number): string[] {
  return [`link gen.eth0 <-> h${i}.eth0 { latency = 2us  loss = 0.01% }`, ''];
}

function chainBlock(i: number): string[] {
  const lines = [`chain c${i} on h${i} {`, '  stack = kernel   # kernel | dpdk | xdp | afxdp'];
  for (const stage of STAGES) lines.push(`  stage ${stage}`);
  lines.push('  stage app extra { cost = 2us  per_byte = 0.1ns/B  core = 3 }');
  lines.push('  /* scheduling */');
  lines.push('  pipelining = none; priority = prism');
  lines.push('  cores = [0, 1, 2, 3]');
  lines.push('}', '');
  return lines;
}

function trafficBlock(i: number): string[] {
  return [
    `traffic t${i} {`,
    `  from = gen   to = h${i}.web${i}   via = c${i}`,
    `  pattern = poisson   rate = ${100 + i}Kpps   size = 64B   class = high`,
    '  reply = 64B',
    '}',
    '',
  ];
}

function scenarioBlock(i: number): string[] {
  return [
    `scenario s${i} {`,
    `  duration = 20ms   warmup = 2ms   seed = ${i}`,
    `  traffic = [t${i}]`,
    `  sweep { t${i}.rate = [10Gbps, 40Gbps, 80Gbps]   c${i}.priority = [none, prism] }`,
    `  expect { t${i}.latency.p99 < 50us   h${i}.core[3].util <= 80% }`,
    '}',
    '',
  ];
}

/** A valid file of about `lines` lines (never fewer), built from repeated groups of blocks. */
export function generateLargeFile(lines: number): string {
  const out = ['import "common.hnet"', '', 'host gen { role = loadgen   nic eth0 { speed = 100Gbps } }', ''];
  for (let i = 0; out.length < lines; i++) {
    out.push(...hostBlock(i), ...linkBlock(i), ...chainBlock(i), ...trafficBlock(i), ...scenarioBlock(i));
  }
  return `${out.join('\n')}\n`;
}

/** `length` random bytes decoded as UTF-8 (a 32-bit LCG, so a failure can be replayed from its seed). */
export function randomText(length: number, seed: number): string {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes.toString('utf8');
}
