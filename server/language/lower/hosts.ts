// Hosts (with their CPU, NICs and containers) and links.
import type { CpuModel, HostModel, HostRole, LinkModel, NicModel, Offload } from '../../../simulator/model';
import type { HnetSymbol } from '../link';
import type { Block } from '../syntax/ast';
import { cpuBlock, lookup, type Scope } from '../validate';
import type { Reader } from './reader';

export function hostFreq(host: HnetSymbol, read: Reader): number {
  return read.number(cpuBlock(host), 'cpu', 'freq', `${host.qualifiedName}.cpu`);
}

export function hostCoreCount(host: HnetSymbol, read: Reader): number {
  return read.number(cpuBlock(host), 'cpu', 'cores', `${host.qualifiedName}.cpu`);
}

function lowerCpu(host: HnetSymbol, read: Reader): CpuModel {
  const block = cpuBlock(host);
  const path = `${host.qualifiedName}.cpu`;
  const freq = hostFreq(host, read);
  const num = (name: string) => read.number(block, 'cpu', name, path);
  const cycles = (name: string) => read.cycles(block, 'cpu', name, path, freq)!;
  return {
    cores: num('cores'),
    freq,
    llc: num('llc'),
    llcWays: num('llc_ways'),
    ddioWays: num('ddio_ways'),
    numaNodes: num('numa_nodes'),
    missCyclesPerByte: cycles('miss_cost'),
    contextSwitchCycles: cycles('context_switch'),
    wakeupCycles: cycles('wakeup'),
    hardirqCycles: cycles('hardirq'),
    remoteNumaCyclesPerByte: cycles('remote_numa_cost'),
  };
}

export function lowerNic(nic: HnetSymbol, read: Reader): NicModel {
  const path = nic.qualifiedName;
  const num = (name: string) => read.number(nic.block, 'nic', name, path);
  return {
    name: nic.name,
    speed: num('speed'),
    queues: num('queues'),
    ring: num('ring'),
    mtu: num('mtu'),
    coalesce: num('coalesce'),
    coalesceFrames: num('coalesce_frames'),
    offloads: (read.list(nic.block, 'nic', 'offloads', path) ?? []) as Offload[],
    ddio: read.word(nic.block, 'nic', 'ddio', path) === 'on',
    dma: num('dma'),
    maxPps: num('max_pps'),
    sriovVfs: num('sriov_vfs'),
    numaNode: num('numa'),
  };
}

function membersOf(host: HnetSymbol, kind: HnetSymbol['kind']): HnetSymbol[] {
  return [...host.members.values()].filter((m) => m.kind === kind);
}

export function lowerHost(host: HnetSymbol, read: Reader): HostModel {
  return {
    name: host.name,
    role: read.word(host.block, 'host', 'role', host.qualifiedName) as HostRole,
    cpu: lowerCpu(host, read),
    nics: membersOf(host, 'nic').map((nic) => lowerNic(nic, read)),
    containers: membersOf(host, 'container').map((c) => c.name),
  };
}

export function lowerLink(block: Block, scope: Scope, read: Reader): LinkModel | undefined {
  const [a, b] = (block.endpoints ?? []).map((endpoint) => lookup(scope, endpoint));
  if (!a?.parent || !b?.parent) return undefined;
  return {
    a: { host: a.parent.name, nic: a.name },
    b: { host: b.parent.name, nic: b.name },
    latency: read.number(block, 'link', 'latency', ''),
    loss: read.number(block, 'link', 'loss', ''),
  };
}
