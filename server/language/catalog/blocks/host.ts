// `host NAME { role … cpu { } nic NAME { } container NAME { } }` and `container NAME { }`.
import { enumOf, source, word } from '../define';
import { ROLE } from '../enums';
import type { BlockInput } from './block-input';

export const HOST: BlockInput = {
  keyword: 'host',
  header: 'name',
  parents: ['file'],
  once: false,
  symbol: 'host',
  body: 'properties',
  doc: 'A machine: its CPU, NICs and containers.',
  details: 'A `sut` host is simulated in detail: its NICs, cores and the chains that run on it. A `loadgen` host is an ideal traffic source and sink of infinite capacity; it only needs a NIC to connect a link to.',
  snippet: 'host ${1:name} {\n\tcpu { cores = ${2:8}  freq = ${3:3GHz} }\n\tnic ${4:eth0} { speed = ${5:100Gbps} }\n\t$0\n}',
  properties: [
    {
      name: 'role',
      type: enumOf(ROLE),
      default: word('sut', source.design('§2: `role = sut | loadgen`; a host is the system under test unless it is declared a load generator')),
      doc: 'System under test (`sut`) or ideal load generator (`loadgen`).',
      example: 'loadgen',
    },
  ],
};

export const CONTAINER: BlockInput = {
  keyword: 'container',
  header: 'name',
  parents: ['host'],
  once: false,
  symbol: 'container',
  body: 'properties',
  doc: 'A container (network namespace) on its host, reached through a chain such as vxlan → bridge → veth.',
  details: 'Traffic addressed to `host.container` is received by the chain named in its `via`; the container only names the destination.',
  snippet: 'container ${1:name} { }',
  properties: [],
};
