// `stage KIND [NAME] [{ … }]` inside a chain. Default costs come from the stage kind (stages.ts).
import { INTEGER, NON_NEGATIVE, atLeast, derived, enumOf, quantity, source, word } from '../define';
import { ACTION, DIST } from '../enums';
import type { BlockInput } from './block-input';

const FROM_KIND = source.design('§2: stage kinds "each with calibrated default costs … whose sources are written beside them" (see the stage kinds table)');

export const STAGE: BlockInput = {
  keyword: 'stage',
  header: 'stage',
  parents: ['chain'],
  once: false,
  symbol: 'stage',
  body: 'properties',
  doc: 'One step of a chain: `stage KIND [NAME]`, with optional overrides.',
  details: 'The kind sets the default cost, where the stage runs and the queue in front of it. Give a name when a chain has two stages of one kind (`stage app frontend`).',
  snippet: 'stage ${1:driver}',
  properties: [
    {
      name: 'cost',
      type: quantity('time', 'cycles'),
      range: NON_NEGATIVE,
      default: derived('the stage kind\'s cycles per packet', FROM_KIND),
      doc: 'Cost per packet, as a time (converted at the host\'s clock) or in cycles.',
      details: 'Replaces the kind\'s calibrated cost. With `dist = exponential` it is the mean.',
      example: '2us',
    },
    {
      name: 'per_byte',
      type: quantity('cyclesPerByte', 'timePerByte'),
      range: NON_NEGATIVE,
      default: derived('the stage kind\'s cycles per byte', FROM_KIND),
      doc: 'Additional cost per byte of the packet.',
      example: '0.1ns/B',
    },
    {
      name: 'per_flow',
      type: quantity('time', 'cycles'),
      range: NON_NEGATIVE,
      default: derived('the stage kind\'s cycles per flow (only `tcp` has one: connection set-up and tear-down)', FROM_KIND),
      doc: 'Cost paid once per new flow, by its first packet (see the traffic\'s `flow_size`).',
      example: '10us',
    },
    {
      name: 'dist',
      type: enumOf(DIST),
      default: word('fixed', source.design('§2: `dist = fixed | exponential` sets how a stage\'s cost varies')),
      doc: 'How the cost varies per packet: fixed or exponential.',
      example: 'exponential',
    },
    {
      name: 'core',
      type: INTEGER,
      range: atLeast(0),
      default: derived('the chain\'s placement (its `cores` and `pipelining`)', source.design('§2: `stage KIND [NAME] [{ … core … }]`')),
      doc: 'Pin the stage to this core of the host.',
      example: '1',
    },
    {
      name: 'batch',
      type: INTEGER,
      range: atLeast(1),
      default: derived('the chain\'s `batch` when it is set; otherwise `napi_weight` in kernel and XDP chains and `batch` (32) in polling stacks', source.design('§2: `batch = 1` makes polling take one packet at a time; NAPI polls napi_weight packets')),
      doc: 'Packets taken per poll at this stage.',
      example: '1',
    },
    {
      name: 'action',
      type: enumOf(ACTION),
      default: word('pass', source.design('§2: "A stage may end a packet\'s path: action = drop | pass | forward"')),
      doc: 'What happens after the stage: pass it on, drop (counts as delivered) or forward out of the NIC.',
      example: 'drop',
    },
  ],
};
