// `link A.nic <-> B.nic { … }`.
import { FRACTION, NON_NEGATIVE, q, quantity, source } from '../define';
import type { BlockInput } from './block-input';

export const LINK: BlockInput = {
  keyword: 'link',
  header: 'link',
  parents: ['file'],
  once: false,
  body: 'properties',
  doc: 'A full-duplex cable between two NICs.',
  details: 'Both ends serialise at their NIC\'s speed; frames then take `latency` to arrive and are lost with probability `loss`.',
  snippet: 'link ${1:gen.eth0} <-> ${2:sut.eth0} { latency = ${3:1us} }',
  properties: [
    {
      name: 'latency',
      type: quantity('time'),
      range: NON_NEGATIVE,
      default: q(1, 'us', source.assumption('one cut-through switch hop (≈0.5–1 µs) and a few metres of fibre (5 ns/m)')),
      doc: 'One-way propagation latency.',
      example: '2us',
    },
    {
      name: 'loss',
      type: quantity('percent'),
      range: FRACTION,
      default: q(0, '%', source.convention('an ideal cable')),
      doc: 'Probability that a frame is lost on the wire.',
      example: '0.01%',
    },
  ],
};
