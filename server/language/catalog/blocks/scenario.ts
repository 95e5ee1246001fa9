// `scenario NAME { … sweep { } expect { } }`: what to run, for how long, with which variations and checks.
import { INTEGER, NON_NEGATIVE, POSITIVE, atLeast, derived, listOf, n, q, quantity, ref, source } from '../define';
import type { BlockInput } from './block-input';

export const SCENARIO: BlockInput = {
  keyword: 'scenario',
  header: 'name',
  parents: ['file'],
  once: false,
  symbol: 'scenario',
  body: 'properties',
  doc: 'A run: its duration, seed and traffic, with optional sweeps and expectations.',
  details: 'Every point of the `sweep` cross product is simulated; every `expect` is checked on every point. A file without a scenario runs a default one (10 ms, all traffic).',
  snippet: 'scenario ${1:name} {\n\tduration = ${2:10ms}  warmup = ${3:1ms}\n\ttraffic = [${4}]\n\t$0\n}',
  properties: [
    {
      name: 'duration',
      type: quantity('time'),
      range: POSITIVE,
      default: q(10, 'ms', source.design('§4: "A file with no scenario runs a default one (10 ms, all traffic)"')),
      doc: 'Simulated time measured after the warm-up.',
      example: '20ms',
    },
    {
      name: 'warmup',
      type: quantity('time'),
      range: NON_NEGATIVE,
      default: q(1, 'ms', source.assumption('a tenth of the default duration (the §2 example uses 2 ms of 20 ms)')),
      doc: 'Simulated time before measurement starts.',
      example: '2ms',
    },
    {
      name: 'seed',
      type: INTEGER,
      range: atLeast(0),
      default: n(1, source.convention('any fixed seed makes runs reproducible')),
      doc: 'Random seed: the same file and seed give byte-identical results.',
      example: '7',
    },
    {
      name: 'repeat',
      type: INTEGER,
      range: atLeast(1),
      default: n(1, source.convention('one replication')),
      doc: 'Independent replications (seeds seed, seed+1, …), pooled.',
      example: '5',
    },
    {
      name: 'traffic',
      type: listOf(ref('traffic')),
      default: derived('every traffic of the file and its imports', source.design('§4: the default scenario runs "all traffic"')),
      doc: 'The traffic this scenario runs.',
      example: '[rpc, bulk]',
    },
    {
      name: 'samples',
      type: INTEGER,
      range: atLeast(1),
      default: n(100, source.assumption('enough points for a smooth throughput-over-time plot')),
      doc: 'Number of points in each time series (throughput and latency over time).',
      example: '100',
    },
  ],
};

export const SWEEP: BlockInput = {
  keyword: 'sweep',
  header: 'none',
  parents: ['scenario'],
  once: true,
  body: 'sweep',
  doc: 'Parameters to vary: `path = [values]`; every combination is simulated.',
  details: 'A path names a property of a named thing: `bulk.rate`, `overlay.priority`, `sut.cpu.cores`, `sut.eth0.ring`, `overlay.app.cost`. Two paths of 2 and 3 values give 6 points.',
  snippet: 'sweep { ${1:traffic.rate} = [${2:10Gbps, 40Gbps}] }',
  properties: [],
};

export const EXPECT: BlockInput = {
  keyword: 'expect',
  header: 'none',
  parents: ['scenario'],
  once: true,
  body: 'expect',
  doc: 'Checks on the results: `metric CMP value`, e.g. `rpc.latency.p99 < 50us`.',
  details: 'Metrics: `<traffic>.latency.{mean,p50,p90,p99,p999,max}`, `<traffic>.throughput`, `.pps`, `.drops`, `.loss`, `<host>.cpu.util`, `<host>.core[N].util`, `<chain>.<stage>.wait`. A failed expect fails `hostnet run`.',
  snippet: 'expect { ${1:traffic.latency.p99} < ${2:50us} }',
  properties: [],
};
