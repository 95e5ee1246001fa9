// `cpu { … }` inside a host: cores, clock, caches and the costs of the scheduler.
import { INTEGER, NON_NEGATIVE, POSITIVE, between, n, q, quantity, source } from '../define';
import { COPY_FIT, GEM5_NODE } from '../sources';
import type { BlockInput } from './block-input';

const CYCLE_COST = quantity('time', 'cycles');
const PER_BYTE_COST = quantity('cyclesPerByte', 'timePerByte');

export const CPU: BlockInput = {
  keyword: 'cpu',
  header: 'none',
  parents: ['host'],
  once: true,
  body: 'properties',
  doc: 'The host\'s processor: cores, clock, last-level cache and DDIO share.',
  details: 'Stage costs are counted in cycles at `freq`. The LLC and its DDIO share decide whether received data is still in cache when it is copied; costs given as times are converted at this clock.',
  snippet: 'cpu { cores = ${1:8}  freq = ${2:3GHz}  llc = ${3:16MiB} }',
  properties: [
    {
      name: 'cores',
      type: INTEGER,
      range: between(1, 1024),
      default: n(8, source.design('the §2 example host: `cpu { cores = 8 … }`')),
      doc: 'Number of cores, numbered from 0.',
      details: 'Chains place their work on these cores (`cores = [0, 1]` on a chain, `core = 3` on a stage).',
      example: '8',
    },
    {
      name: 'freq',
      type: quantity('frequency'),
      range: POSITIVE,
      default: q(3, 'GHz', source.fit('every stage cost is fitted in cycles of a 3 GHz-class core; calibration.md setups: "Xeon E5-1650 v4 at 3.6 GHz" (XDP paper), a 3.4 GHz-class Xeon (Cai et al.)')),
      doc: 'Core clock frequency.',
      details: 'Cycle costs take 1/freq each; a `cost` written as a time is converted to cycles at this clock.',
      example: '3GHz',
    },
    {
      name: 'llc',
      type: quantity('size'),
      range: POSITIVE,
      default: q(16, 'MiB', GEM5_NODE),
      doc: 'Last-level cache size.',
      example: '32MiB',
    },
    {
      name: 'llc_ways',
      type: INTEGER,
      range: between(1, 64),
      default: n(16, GEM5_NODE),
      doc: 'Associativity of the LLC (DDIO may fill `ddio_ways` of these ways).',
      example: '11',
    },
    {
      name: 'ddio_ways',
      type: INTEGER,
      range: between(0, 64),
      default: n(4, GEM5_NODE),
      doc: 'LLC ways DDIO writes received data into; the DDIO share is ddio_ways / llc_ways of the LLC.',
      details: 'When the data in flight (rings, socket buffers) outgrows this share, copies miss the LLC and pay `miss_cost` per byte. Cai et al. vary it from 1 to 11 ways.',
      example: '2',
    },
    {
      name: 'numa_nodes',
      type: INTEGER,
      range: between(1, 64),
      default: n(1, source.calibration('XDP paper setup: Xeon E5-1650 v4 at 3.6 GHz (6 cores, HT off) — a single-socket host', 'M')),
      doc: 'NUMA nodes (sockets); NICs and chains name theirs with `numa`.',
      example: '2',
    },
    {
      name: 'miss_cost',
      type: PER_BYTE_COST,
      range: NON_NEGATIVE,
      default: q(0.15, 'cycles/B', COPY_FIT),
      doc: 'Extra cost per byte a copy pays when its data is not in the LLC.',
      example: '0.15cycles/B',
    },
    {
      name: 'remote_numa_cost',
      type: PER_BYTE_COST,
      range: NON_NEGATIVE,
      default: q(0.14, 'cycles/B', source.fit('a 20% throughput drop at ≈0.57 cycles/B per core (42 Gbps at 3 GHz) is +0.14 cycles/B, calibration.md: "Long flow on a NIC-remote NUMA node ≈20% further drop — Cai et al."', 'M')),
      doc: 'Extra cost per byte for an application on a NUMA node other than its NIC\'s.',
      example: '0.14cycles/B',
    },
    {
      name: 'context_switch',
      type: CYCLE_COST,
      range: NON_NEGATIVE,
      default: q(3000, 'cycles', source.assumption('a Linux context switch with its cache refill ≈ 1 µs; calibration.md has no figure')),
      doc: 'Cost of switching a core between threads (or to ksoftirqd).',
      example: '1us',
    },
    {
      name: 'wakeup',
      type: CYCLE_COST,
      range: NON_NEGATIVE,
      default: q(2000, 'cycles', source.assumption('try_to_wake_up plus an IPI ≈ 0.7 µs of scheduler work; calibration.md has no figure')),
      doc: 'Cost of waking a sleeping thread (scheduler work on the waking core).',
      example: '2000cycles',
    },
    {
      name: 'hardirq',
      type: CYCLE_COST,
      range: NON_NEGATIVE,
      default: q(1500, 'cycles', source.assumption('interrupt entry and exit, the driver\'s handler and napi_schedule ≈ 0.5 µs; calibration.md has no figure')),
      doc: 'Cost of one hard interrupt (entry, handler, NAPI schedule, exit).',
      example: '1500cycles',
    },
  ],
};
