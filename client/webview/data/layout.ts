// Geometry of the topology diagram: hosts as columns (load generators first),
// NICs on the side facing their link's peer, each chain as a row of stage
// boxes fed by its NIC, and the host's cores below. Pure: text is measured by
// the caller, so the layout can be checked without a browser.
import type { Topology, TopologyChain, TopologyHost, TopologyLink, TopologyNic, TopologyStage } from '../protocol';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface LaidNic {
  nic: TopologyNic;
  box: Box;
  side: 'left' | 'right';
}

export interface LaidChain {
  chain: TopologyChain;
  /** Where the chain's label starts (text baseline). */
  label: Point;
  stages: { stage: TopologyStage; box: Box }[];
  /** From the NIC it receives from to its first stage. */
  feed?: { from: Point; to: Point };
}

export interface LaidHost {
  host: TopologyHost;
  box: Box;
  nics: LaidNic[];
  chains: LaidChain[];
  cores: { core: number; box: Box }[];
}

export interface Layout {
  width: number;
  height: number;
  hosts: LaidHost[];
  links: { link: TopologyLink; from: Point; to: Point }[];
}

const SIZES = {
  margin: 16,
  hostGap: 90,
  pad: 12,
  header: 30,
  nicWidth: 112,
  nicHeight: 40,
  stageMinWidth: 76,
  stageHeight: 46,
  stageGap: 22,
  chainLabel: 22,
  chainGap: 14,
  core: 34,
  coreGap: 6,
  coresLabel: 20,
};

export function layoutTopology(topology: Topology, coreCount: (host: string) => number, textWidth: (text: string) => number): Layout {
  const S = SIZES;
  const hosts = [...topology.hosts].sort((a, b) => Number(a.role !== 'loadgen') - Number(b.role !== 'loadgen'));
  const column = new Map(hosts.map((host, i) => [host.name, i]));
  const sideOf = (host: string, nic: string): 'left' | 'right' => {
    const peers = topology.links.flatMap((l) =>
      l.a.host === host && l.a.nic === nic ? [l.b.host] : l.b.host === host && l.b.nic === nic ? [l.a.host] : [],
    );
    const own = column.get(host) ?? 0;
    return peers.some((peer) => (column.get(peer) ?? own) < own) ? 'left' : 'right';
  };

  let x = S.margin;
  const laid: LaidHost[] = hosts.map((host) => {
    const sides = host.nics.map((nic) => sideOf(host.name, nic.name));
    const hasLeft = sides.includes('left');
    const hasRight = sides.includes('right');
    const chains = topology.chains.filter((c) => c.host === host.name);
    const cores = coreCount(host.name);

    const stageWidths = chains.map((c) => c.stages.map((s) => Math.max(S.stageMinWidth, textWidth(s.name) + 2 * S.pad)));
    const chainWidths = chains.map((c, i) =>
      Math.max(textWidth(chainTitle(c)), stageWidths[i].reduce((sum, w) => sum + w, 0) + S.stageGap * Math.max(0, c.stages.length - 1)),
    );
    const coresWidth = cores > 0 ? cores * S.core + (cores - 1) * S.coreGap : 0;
    const middleWidth = Math.max(0, ...chainWidths, coresWidth);
    const middleX = x + S.pad + (hasLeft ? S.nicWidth + S.stageGap * 2 : 0);
    const width = Math.max(
      textWidth(hostTitle(host, cores)) + 2 * S.pad,
      middleX - x + middleWidth + (hasRight ? (middleWidth > 0 ? S.stageGap * 2 : 0) + S.nicWidth : 0) + S.pad,
    );
    const top = S.margin;

    let y = top + S.header;
    const laidChains: LaidChain[] = chains.map((chain, ci) => {
      const label = { x: middleX, y: y + S.chainLabel - 8 };
      y += S.chainLabel;
      let sx = middleX;
      const stages = chain.stages.map((stage, si) => {
        const box = { x: sx, y, w: stageWidths[ci][si], h: S.stageHeight };
        sx += box.w + S.stageGap;
        return { stage, box };
      });
      y += S.stageHeight + S.chainGap;
      return { chain, label, stages };
    });
    const coreBoxes = Array.from({ length: cores }, (_, core) => ({
      core,
      box: { x: middleX + core * (S.core + S.coreGap), y: y + S.coresLabel, w: S.core, h: S.core },
    }));
    if (cores > 0) y += S.coresLabel + S.core + S.pad;

    const nicBoxes: LaidNic[] = [];
    for (const side of ['left', 'right'] as const) {
      let ny = top + S.header;
      host.nics.forEach((nic, i) => {
        if (sides[i] !== side) return;
        const nx = side === 'left' ? x + S.pad : x + width - S.pad - S.nicWidth;
        nicBoxes.push({ nic, side, box: { x: nx, y: ny, w: S.nicWidth, h: S.nicHeight } });
        ny += S.nicHeight + S.pad;
      });
      y = Math.max(y, ny);
    }
    for (const laidChain of laidChains) {
      const first = laidChain.stages[0];
      const nic = nicBoxes.find((n) => n.nic.name === laidChain.chain.nic) ?? (nicBoxes.length === 1 ? nicBoxes[0] : undefined);
      if (first && nic) {
        const fromX = nic.side === 'left' ? nic.box.x + nic.box.w : nic.box.x;
        laidChain.feed = { from: { x: fromX, y: nic.box.y + nic.box.h / 2 }, to: { x: first.box.x, y: first.box.y + first.box.h / 2 } };
      }
    }

    const box = { x, y: top, w: width, h: Math.max(y - top + S.pad, S.header + S.nicHeight + 2 * S.pad) };
    x += width + S.hostGap;
    return { host, box, nics: nicBoxes, chains: laidChains, cores: coreBoxes };
  });

  const port = (end: { host: string; nic: string }): Point | undefined => {
    const nic = laid.find((h) => h.host.name === end.host)?.nics.find((n) => n.nic.name === end.nic);
    if (!nic) return undefined;
    return { x: nic.side === 'left' ? nic.box.x : nic.box.x + nic.box.w, y: nic.box.y + nic.box.h / 2 };
  };
  const links = topology.links.flatMap((link) => {
    const from = port(link.a);
    const to = port(link.b);
    return from && to ? [{ link, from, to }] : [];
  });

  return {
    width: Math.max(S.margin, x - S.hostGap + S.margin),
    height: Math.max(0, ...laid.map((h) => h.box.y + h.box.h)) + S.margin,
    hosts: laid,
    links,
  };
}

export function hostTitle(host: TopologyHost, cores: number): string {
  return `${host.name} · ${host.role}${cores > 0 ? ` · ${cores} core${cores === 1 ? '' : 's'}` : ''}`;
}

export function chainTitle(chain: TopologyChain): string {
  return `chain ${chain.name}${chain.stack ? ` (${chain.stack})` : ''}`;
}
