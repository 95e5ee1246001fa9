// Traffic: ends, chain, pattern, rate, sizes (distributions expanded) and
// trace records read relative to the traffic's own file.
import type { Pattern, Rate, SizeDist, TrafficClass, TrafficModel } from '../../../simulator/model';
import { senderCost, sizeDistribution, type SenderCostSpec } from '../catalog';
import type { FileSource } from '../files';
import type { HnetSymbol } from '../link';
import { loadTrace } from '../trace';
import { lookup, trafficEnds, trafficVia, type Scope } from '../validate';
import type { Reader } from './reader';

function sizeOf(traffic: HnetSymbol, read: Reader): SizeDist {
  const size = read.value(traffic.block, 'traffic', 'size', traffic.qualifiedName);
  if (size?.kind === 'word') {
    const dist = sizeDistribution(size.value)!;
    return { kind: 'mix', entries: dist.entries.map((e) => ({ bytes: e.bytes, weight: e.weight })) };
  }
  return { kind: 'fixed', bytes: size?.kind === 'number' ? size.value : 0 };
}

function rateOf(traffic: HnetSymbol, read: Reader, trace: TrafficModel['trace']): Rate {
  const rate = read.value(traffic.block, 'traffic', 'rate', traffic.qualifiedName);
  if (rate?.kind === 'number') return rate.unit === 'packetRate' ? { unit: 'pps', value: rate.value } : { unit: 'bps', value: rate.value };
  if (trace && trace.length > 1) {
    const span = trace[trace.length - 1].time - trace[0].time;
    return { unit: 'pps', value: span > 0 ? (trace.length - 1) / span : 0 };
  }
  return { unit: 'pps', value: 0 };
}

/** The send path's costs when the sender is a simulated host; a loadgen sends for free. */
function senderOf(from: HnetSymbol, read: Reader): SenderCostSpec | undefined {
  if (read.word(from.block, 'host', 'role', from.qualifiedName) !== 'sut') return undefined;
  const nic = [...from.members.values()].find((m) => m.kind === 'nic');
  if (!nic) return undefined;
  const offloads = (read.list(nic.block, 'nic', 'offloads', nic.qualifiedName) ?? []) as string[];
  return senderCost(offloads, read.number(nic.block, 'nic', 'mtu', nic.qualifiedName));
}

export function lowerTraffic(traffic: HnetSymbol, scope: Scope, read: Reader, files: FileSource): TrafficModel {
  const path = traffic.qualifiedName;
  const block = traffic.block;
  const num = (name: string) => read.number(block, 'traffic', name, path);
  const ends = trafficEnds(traffic, scope);
  // A sweep may choose the chain (`rpc.via = [overlay, native]`); otherwise the written or inferred one.
  const swept = read.value(block, 'traffic', 'via', path);
  const via = swept?.kind === 'reference' ? lookup(scope, swept.path) ?? trafficVia(traffic, scope).symbol! : trafficVia(traffic, scope).symbol!;
  const pattern = read.word(block, 'traffic', 'pattern', path) as Pattern;
  const file = read.value(block, 'traffic', 'file', path);
  const trace = pattern === 'trace' && file?.kind === 'string' ? loadTrace(traffic.uri, file.value, files).records : undefined;
  const model: TrafficModel = {
    name: traffic.name,
    from: ends.from!.name,
    to: ends.toContainer ? { host: ends.toHost!.name, container: ends.toContainer.name } : { host: ends.toHost!.name },
    via: via.name,
    pattern,
    rate: rateOf(traffic, read, trace),
    size: sizeOf(traffic, read),
    flows: num('flows'),
    class: read.word(block, 'traffic', 'class', path) as TrafficClass,
    reply: num('reply'),
    service: num('service'),
    concurrency: num('concurrency'),
    think: num('think'),
    on: num('on'),
    off: num('off'),
    start: num('start'),
    stop: read.number(block, 'traffic', 'stop', path, Infinity),
    forward: ends.forward,
    window: num('window'),
    flowSize: num('flow_size'),
    flowDist: read.word(block, 'traffic', 'flow_dist', path) as TrafficModel['flowDist'],
  };
  if (trace) model.trace = trace;
  const sender = senderOf(ends.from!, read);
  if (sender) model.sender = { core: num('sender_core'), ...sender };
  return model;
}
