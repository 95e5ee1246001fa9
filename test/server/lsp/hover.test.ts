import { describe, it } from 'node:test';
import { propertySpec, stageBehaviour, stageKind } from '../../../server/language/catalog';
import { defaultText } from '../../../server/lsp/docs';
import { expectHover, OVERLAY_HOST } from './helpers';

describe('hover', () => {
  it('shows a property’s doc, type, default, range and the default’s source', () => {
    expectHover('host a { nic e { spe<|>ed = 40Gbps } }', [
      '**speed** · nic property',
      'Line rate of the port.',
      'type: a bandwidth',
      `default: \`${defaultText(propertySpec('nic', 'speed')!)}\``,
      'source of the default: calibration.md',
      'range: more than 0',
    ]);
  });

  it('shows a block keyword’s doc', () => {
    expectHover('ch<|>ain c on s { }', ['**chain** block', 'blocks inside: `stage`']);
  });

  it('shows a stage kind’s default cost for the chain’s stack', () => {
    const xdpDriver = stageBehaviour(stageKind('driver')!, 'xdp');
    expectHover('chain c on s {\n  stack = xdp\n  stage dri<|>ver\n}', ['**stage driver**', `${xdpDriver.cyclesPerPacket} cycles per packet`, 'in a `xdp` chain', 'source: ']);
  });

  it('shows an enum value’s doc', () => {
    expectHover('chain c on s { stack = dp<|>dk }', ['**dpdk** · stack', 'poll-mode driver']);
  });

  it('shows a bandwidth as packet rates at 64 B and 1518 B frames', () => {
    expectHover('host a { nic e { speed = 100G<|>bps } }', ['**100Gbps**', '148.8 Mpps at 64 B frames', '8.127 Mpps at 1518 B frames', '20 B of preamble']);
  });

  it('shows a packet rate as bandwidth and a time per packet', () => {
    expectHover('traffic t { rate = 1<|>Mpps }', ['672 Mbps on the wire at 64 B frames', '1 µs per packet']);
  });

  it('adds the traffic’s own frame size', () => {
    expectHover('traffic t { size = 512B  rate = 10<|>Gbps }', ['at 512 B frames']);
  });

  it('shows a time in cycles', () => {
    expectHover('host a { nic e { coalesce = 8<|>us } }', ['24,000 cycles at 3 GHz']);
  });

  it('summarises what a reference points to', () => {
    expectHover(`${OVERLAY_HOST}traffic rpc { via = over<|>lay }`, ['chain overlay on sut', 'stages: driver → vxlan', 'stack = kernel', 'defined on line 7']);
  });

  it('summarises a host with its NICs and containers', () => {
    expectHover(`${OVERLAY_HOST}traffic rpc { to = s<|>ut.web }`, ['host sut', 'cpu: cores = 4, freq = 3GHz', 'NICs: eth0', 'containers: web']);
  });

  it('summarises a name from an imported file and says where it is', () => {
    expectHover('import "common.hnet"\ntraffic rpc { from = g<|>en }', ['host gen', 'defined in common.hnet, line 1'], { 'common.hnet': OVERLAY_HOST });
  });

  it('describes a metric path', () => {
    expectHover(`${OVERLAY_HOST}traffic rpc { }\nscenario s { expect { rpc.latency.p<|>99 < 50us } }`, ['**rpc.latency.p99** · metric', '99th-percentile']);
  });

  it('describes the property a sweep path names', () => {
    expectHover(`${OVERLAY_HOST}traffic bulk { }\nscenario s { sweep { bulk.ra<|>te = [1Gbps, 2Gbps] } }`, ['**rate** · traffic property']);
  });

  it('has nothing to say about whitespace', () => {
    expectHover('host a {\n <|>\n}', null);
  });
});
