// Chains and their stages: placement, kernel knobs, and per-stage costs and
// queues from the catalog's stage kinds for the chain's stack.
import type {
  ChainModel, CopyMode, ExecContext, Pipelining, Priority, QueueKind, Stack, StageAction, StageCost, StageKind, StageModel,
} from '../../../simulator/model';
import { FRAME_OVERHEAD_BYTES, stageBehaviour, stageKind, type StageBehaviour } from '../catalog';
import type { HnetSymbol } from '../link';
import type { Block } from '../syntax/ast';
import { chainHost, chainNic, type Scope } from '../validate';
import { hostCoreCount, hostFreq, lowerNic } from './hosts';
import { toCycles, type Reader } from './reader';

interface ChainContext {
  chain: HnetSymbol;
  stack: Stack;
  freq: number;
  read: Reader;
  /** Queue capacities in packets, by queue kind. */
  capacity: Record<QueueKind, number>;
  /** The stages' default poll size. */
  batch: number;
  copy: CopyMode;
}

interface LoweredStage {
  model: StageModel;
  behaviour: StageBehaviour;
}

/**
 * The queue in front of a stage: the RX ring for the first; the queue a
 * device stage hands on through (veth → backlog) for the one after it; the
 * socket queue where work passes from softirq to an application thread;
 * otherwise what the stage kind says (shm), or none (run to completion).
 */
function queueBefore(index: number, behaviour: StageBehaviour, previous: LoweredStage | undefined): QueueKind {
  if (!previous) return 'ring';
  if (previous.behaviour.queueAfter) return previous.behaviour.queueAfter;
  const own = behaviour.queueBefore === 'ring' && index > 0 ? 'none' : behaviour.queueBefore;
  if (own === 'none' && behaviour.context === 'thread' && previous.model.context !== 'thread') return 'socket';
  return own;
}

function lowerStage(block: Block, index: number, previous: LoweredStage | undefined, context: ChainContext): LoweredStage {
  const { chain, stack, freq, read } = context;
  const kindName = block.stageKind!.text;
  const spec = stageKind(kindName)!;
  const behaviour = stageBehaviour(spec, stack);
  const name = block.name?.text ?? kindName;
  const path = `${chain.qualifiedName}.${name}`;
  const queue = queueBefore(index, behaviour, previous);
  const core = read.value(block, 'stage', 'core', path);
  const model: StageModel = {
    name,
    kind: spec.kind as StageKind,
    cyclesPerPacket: toCycles(read.value(block, 'stage', 'cost', path), freq) ?? behaviour.cyclesPerPacket,
    cyclesPerByte: toCycles(read.value(block, 'stage', 'per_byte', path), freq) ?? behaviour.cyclesPerByte,
    context: behaviour.context as ExecContext,
    queueBefore: queue,
    queueCapacity: context.capacity[queue],
    dist: read.word(block, 'stage', 'dist', path) as StageModel['dist'],
    batch: read.number(block, 'stage', 'batch', path, context.batch),
    action: read.word(block, 'stage', 'action', path) as StageAction,
    copiesData: spec.copiesData && context.copy === 'copy',
    device: spec.device,
    cyclesPerFlow: toCycles(read.value(block, 'stage', 'per_flow', path), freq) ?? behaviour.cyclesPerFlow,
  };
  if (core?.kind === 'number') model.core = core.value;
  return { model, behaviour };
}

/** Without a `tx` stage, replies and forwarded packets pay the transmit cost plus the transport and overlay stages once more on the way out. */
function transmitPath(stages: readonly LoweredStage[], tx: StageCost): StageCost {
  const out = stages.filter((s) => stageKind(s.model.kind)!.onTransmit);
  return {
    cyclesPerPacket: out.reduce((sum, s) => sum + s.model.cyclesPerPacket, tx.cyclesPerPacket),
    cyclesPerByte: out.reduce((sum, s) => sum + s.model.cyclesPerByte, tx.cyclesPerByte),
  };
}

export function lowerChain(chain: HnetSymbol, scope: Scope, read: Reader): ChainModel {
  const host = chainHost(chain, scope)!;
  const nic = chainNic(chain, scope).symbol!;
  const path = chain.qualifiedName;
  const block = chain.block;
  const num = (name: string) => read.number(block, 'chain', name, path);
  const word = (name: string) => read.word(block, 'chain', name, path);
  const freq = hostFreq(host, read);
  const stack = word('stack') as Stack;
  const nicModel = lowerNic(nic, read);
  const socketBuffer = num('socket_buffer');
  // Kernel and XDP stages are polled by NAPI, `napi_weight` at a time, unless the chain sets `batch`.
  const napiPolled = (stack === 'kernel' || stack === 'xdp') && !read.isSet(block, 'batch', path);
  const context: ChainContext = {
    chain,
    stack,
    freq,
    read,
    batch: napiPolled ? num('napi_weight') : num('batch'),
    copy: word('copy') as CopyMode,
    capacity: {
      ring: nicModel.ring,
      backlog: num('backlog'),
      // The socket buffer counts bytes; in packets it holds this many full frames (the simulator also has the byte limit).
      socket: Math.max(1, Math.floor(socketBuffer / (nicModel.mtu + FRAME_OVERHEAD_BYTES))),
      shm: num('shm_ring'),
      none: 0,
    },
  };
  const stages: LoweredStage[] = [];
  for (const stageBlock of block.items) {
    if (stageBlock.type !== 'Block' || stageBlock.keyword.text !== 'stage' || !stageBlock.stageKind) continue;
    stages.push(lowerStage(stageBlock, stages.length, stages[stages.length - 1], context));
  }
  const tx = stages.find((s) => s.model.kind === 'tx')?.model ?? transmitPath(stages, stageBehaviour(stageKind('tx')!, stack));
  const cores = read.list(block, 'chain', 'cores', path) as number[] | undefined;
  return {
    name: chain.name,
    host: host.name,
    nic: nic.name,
    stack,
    stages: stages.map((s) => s.model),
    pipelining: word('pipelining') as Pipelining,
    priority: word('priority') as Priority,
    cores: cores ?? Array.from({ length: hostCoreCount(host, read) }, (_, i) => i),
    batch: num('batch'),
    copy: context.copy,
    numaNode: read.number(block, 'chain', 'numa', path, nicModel.numaNode),
    kernel: {
      napiWeight: num('napi_weight'),
      budget: num('budget'),
      budgetTime: num('budget_time'),
      maxRestarts: num('max_restarts'),
      backlog: num('backlog'),
      socketBuffer,
      groBatch: num('gro_batch'),
      groMaxBytes: num('gro_max'),
    },
    handoffCycles: read.cycles(block, 'chain', 'handoff', path, freq)!,
    falcon: {
      busyThreshold: num('falcon_busy'),
      disengageThreshold: num('falcon_disengage'),
      samplePeriod: num('falcon_sample'),
      ewmaWeight: num('falcon_ewma'),
    },
    tx: { cyclesPerPacket: tx.cyclesPerPacket, cyclesPerByte: tx.cyclesPerByte },
  };
}
