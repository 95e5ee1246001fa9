// Checks of a traffic: its chain against its ends, its trace file, its load against line rates.
import {
  OPEN_LOOP_PATTERNS, WIRE_OVERHEAD_BYTES, formatSI, meanBytes, sizeDistribution, wireBitsPerSecond,
} from '../catalog';
import { diagnostic, type Diagnostic } from '../diagnostic';
import type { FileSource } from '../files';
import type { HnetSymbol } from '../link';
import { loadTrace } from '../trace';
import { coreProblem } from './chains';
import { chainHost, chainNic, chainsIn, hostCores, isLoadgen, trafficEnds, trafficVia, type Scope } from './infer';
import { effectiveNumber, effectiveValue, effectiveWord, findProperty } from './read';
import { blockLabelSpan } from './structure';
import type { Interpreted } from './values';

/** Mean frame bytes of a `size` value. */
function frameBytes(size: Interpreted | undefined): number | undefined {
  if (size?.kind === 'number') return size.value;
  if (size?.kind === 'word') {
    const dist = sizeDistribution(size.value);
    return dist ? meanBytes(dist) : undefined;
  }
  return undefined;
}

/** Warns when a rate puts more bits on the wire than a NIC carries. */
export function lineRateProblem(uri: string, rate: Interpreted, bytes: number, nics: HnetSymbol[]): Diagnostic | undefined {
  if (rate.kind !== 'number' || !rate.unit) return undefined;
  const pps = rate.unit === 'packetRate' ? rate.value : rate.value / (bytes * 8);
  const wire = wireBitsPerSecond(pps, bytes);
  for (const nic of nics) {
    const speed = effectiveNumber(nic.block, 'nic', 'speed');
    if (speed === undefined || wire <= speed * (1 + 1e-9)) continue;
    const maxPps = speed / ((bytes + WIRE_OVERHEAD_BYTES) * 8);
    const message =
      `offered load ${formatSI(wire, 'bandwidth')} on the wire (${Math.round(bytes * 10) / 10} B frames + ${WIRE_OVERHEAD_BYTES} B preamble and gap) ` +
      `is above the ${formatSI(speed, 'bandwidth')} line rate of \`${nic.qualifiedName}\` (at most ${formatSI(maxPps, 'packetRate')})`;
    return diagnostic('HN020', uri, rate.span, message);
  }
  return undefined;
}

/** The NICs a traffic crosses: the sender's (when it has one) and the receiving chain's. */
export function trafficNics(traffic: HnetSymbol, scope: Scope): HnetSymbol[] {
  const ends = trafficEnds(traffic, scope);
  const nics: HnetSymbol[] = [];
  const fromNics = ends.from ? [...ends.from.members.values()].filter((m) => m.kind === 'nic') : [];
  if (fromNics.length === 1) nics.push(fromNics[0]);
  const via = trafficVia(traffic, scope).symbol;
  const nic = via ? chainNic(via, scope).symbol : undefined;
  if (nic && !nics.includes(nic)) nics.push(nic);
  return nics;
}

export function trafficFrameBytes(traffic: HnetSymbol): number | undefined {
  return frameBytes(effectiveValue(traffic.block, 'traffic', 'size'));
}

export function checkTraffic(uri: string, traffic: HnetSymbol, scope: Scope, files: FileSource | undefined, out: Diagnostic[]): void {
  const ends = trafficEnds(traffic, scope);
  const viaProperty = findProperty(traffic.block, 'via');
  const via = trafficVia(traffic, scope);
  if (viaProperty?.value && via.symbol && ends.toHost && !ends.forward) {
    const host = chainHost(via.symbol, scope);
    if (host && host !== ends.toHost) {
      const onTarget = chainsIn(scope).filter((chain) => chainHost(chain, scope) === ends.toHost);
      out.push(
        diagnostic('HN025', uri, viaProperty.value.span, `chain \`${via.symbol.name}\` runs on \`${host.name}\`, but this traffic goes to \`${ends.toHost.name}\``, {
          suggestions: onTarget.map((c) => c.name),
        }),
      );
    }
  }
  if (!viaProperty && ends.toHost && !via.symbol) {
    const where = ends.forward ? 'no single chain can forward it' : `host \`${ends.toHost.name}\` has ${via.candidates.length === 0 ? 'no chain' : `${via.candidates.length} chains`}`;
    const list = via.candidates.length > 0 ? ` (${via.candidates.map((c) => c.name).join(', ')})` : '';
    out.push(
      diagnostic('HN026', uri, blockLabelSpan(traffic.block), `traffic \`${traffic.name}\` needs \`via\`: ${where}${list}`, {
        suggestions: via.candidates.map((c) => c.name),
      }),
    );
  }
  const senderCore = findProperty(traffic.block, 'sender_core')?.value;
  const senderCores = ends.from && !isLoadgen(ends.from) ? hostCores(ends.from) : undefined;
  if (senderCore?.type === 'Number' && senderCores !== undefined && senderCore.value >= senderCores) {
    out.push(coreProblem(uri, senderCore.span, senderCore.value, ends.from!, senderCores));
  }
  const pattern = effectiveWord(traffic.block, 'traffic', 'pattern');
  const file = effectiveValue(traffic.block, 'traffic', 'file');
  if (pattern === 'trace' && file?.kind === 'string' && files) {
    const { problem } = loadTrace(uri, file.value, files);
    if (problem) out.push(diagnostic('HN032', uri, file.span, problem));
  }
  const rate = effectiveValue(traffic.block, 'traffic', 'rate');
  const bytes = trafficFrameBytes(traffic);
  if (rate && bytes && pattern && (OPEN_LOOP_PATTERNS as readonly string[]).includes(pattern)) {
    const problem = lineRateProblem(uri, rate, bytes, trafficNics(traffic, scope));
    if (problem) out.push(problem);
  }
}
