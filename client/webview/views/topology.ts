// (9) Topology and pipeline: hosts, NICs, links and each chain's stages as an
// SVG diagram, shaded by how busy each stage and core was at the chosen
// point. Every element with a source line is a button that reveals it.
import type { PointResult } from '../../../simulator/results';
import { chainTitle, hostTitle, layoutTopology, type Box, type LaidChain, type LaidHost, type Point } from '../data/layout';
import { stageUtilisation } from '../data/stages';
import { h, note, svg } from '../dom';
import { formatBandwidth, formatCount, formatPercent, formatTime } from '../format';
import type { SourceLine, Topology } from '../protocol';
import type { View, ViewContext } from './view';

type Reveal = (source: SourceLine) => void;

export const topologyView: View = {
  id: 'topology',
  label: 'Topology',
  render(panel, context) {
    const topology = context.show.topology;
    if (!topology || topology.hosts.length === 0) {
      panel.append(note('No topology to draw: the language server sends it with a run of a file that declares hosts.'));
      return;
    }
    const point = context.results.points.length > 0 ? context.point : undefined;
    const layout = layoutTopology(topology, (host) => coreCount(topology, host, point), measurer(context));
    const reveal: Reveal = (source) =>
      context.post({ type: 'reveal', uri: source.uri || topology.uri || context.show.file || '', line: source.line });

    const root = svg('svg', {
      width: layout.width,
      height: layout.height,
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      role: 'group',
      'aria-label': 'Topology: hosts, NICs, links and chains',
      class: 'topology',
    });
    root.append(arrowMarker());
    for (const { link, from, to } of layout.links) {
      const label = `link ${link.a.host}.${link.a.nic} to ${link.b.host}.${link.b.nic}`;
      root.append(node(label, link, reveal, 'link', svg('path', { d: curve(from, to), class: 'wire' })));
    }
    for (const laid of layout.hosts) drawHost(root, laid, point, reveal);

    panel.append(h('div', { class: 'topology-scroll' }, root), legend(point !== undefined));
  },
};

/** Cores to draw: as declared, else as many as the results used. */
function coreCount(topology: Topology, host: string, point: PointResult | undefined): number {
  const declared = topology.hosts.find((h) => h.name === host)?.cores;
  const used = (point?.cores ?? []).filter((c) => c.host === host).map((c) => c.core + 1);
  return declared ?? Math.max(0, ...used);
}

function drawHost(root: SVGElement, laid: LaidHost, point: PointResult | undefined, reveal: Reveal): void {
  const { host, box } = laid;
  const title = text(box.x + 12, box.y + 20, hostTitle(host, laid.cores.length), 'title');
  root.append(node(`host ${host.name}`, host, reveal, `host ${host.role}`, rect(box, 6), title));

  for (const { nic, box: nicBox } of laid.nics) {
    const speed = nic.speed ? formatBandwidth(nic.speed) : '';
    const centre = nicBox.x + nicBox.w / 2;
    root.append(
      node(
        `NIC ${host.name}.${nic.name}${speed ? `, ${speed}` : ''}`,
        nic,
        reveal,
        'nic',
        rect(nicBox, 4),
        text(centre, nicBox.y + 17, nic.name, 'name centre'),
        speed ? text(centre, nicBox.y + 32, speed, 'detail centre') : null,
      ),
    );
  }

  const busyStages = point ? stageUtilisation(point) : new Map<string, number>();
  for (const chain of laid.chains) drawChain(root, chain, busyStages, point, reveal);

  if (laid.cores.length > 0) {
    const first = laid.cores[0].box;
    root.append(text(first.x, first.y - 6, 'cores', 'label'));
  }
  for (const { core, box: coreBox } of laid.cores) {
    const util = point?.cores?.find((c) => c.host === host.name && c.core === core)?.util;
    const tip = `core ${core} of ${host.name}${util !== undefined ? `, busy ${formatPercent(util)}` : ''}`;
    root.append(
      svg(
        'g',
        { class: `core ${utilClass(util)}`, role: 'img', 'aria-label': tip },
        svg('title', {}, tip),
        rect(coreBox, 3),
        text(coreBox.x + coreBox.w / 2, coreBox.y + coreBox.h / 2 + 4, String(core), 'detail centre'),
      ),
    );
  }
}

function drawChain(root: SVGElement, laid: LaidChain, busyStages: Map<string, number>, point: PointResult | undefined, reveal: Reveal): void {
  const { chain, label, stages, feed } = laid;
  root.append(node(`chain ${chain.name}`, chain, reveal, 'chain-label', text(label.x, label.y, chainTitle(chain), 'label')));
  if (feed) root.append(arrow(curve(feed.from, feed.to)));

  stages.forEach(({ stage, box }, i) => {
    const next = stages[i + 1];
    if (next) root.append(arrow(`M${box.x + box.w},${box.y + box.h / 2} L${next.box.x},${next.box.y + next.box.h / 2}`));
    const key = `${chain.name}.${stage.name}`;
    const busy = busyStages.get(key);
    const stats = point?.stages?.[key];
    const pinned = stage.core !== undefined ? `core ${stage.core}` : '';
    const detail = busy !== undefined ? formatPercent(busy) : pinned || (stage.kind !== stage.name ? stage.kind : '');
    const tip = [
      `stage ${stage.name} (${stage.kind}) of chain ${chain.name}`,
      pinned && `pinned to ${pinned}`,
      busy !== undefined && `busy ${formatPercent(busy)} of a core`,
      stats && `${formatCount(stats.packets)} packets, mean wait ${formatTime(stats.wait?.mean)}, service ${formatTime(stats.service?.mean)}`,
    ]
      .filter(Boolean)
      .join('; ');
    const centre = box.x + box.w / 2;
    root.append(
      node(
        tip,
        stage,
        reveal,
        `stage ${utilClass(busy)}`,
        rect(box, 4),
        text(centre, box.y + 19, stage.name, 'name centre'),
        detail ? text(centre, box.y + 35, detail, 'detail centre') : null,
      ),
    );
  });
}

/** A focusable diagram element: click, Enter or Space reveals its line. */
function node(label: string, source: SourceLine, reveal: Reveal, kind: string, ...children: (SVGElement | null)[]): SVGGElement {
  const attributes = { class: `node ${kind}`, role: 'button', tabindex: 0, 'aria-label': `${label} — go to line ${source.line + 1}` };
  const group = svg('g', attributes, svg('title', {}, label), ...children);
  group.addEventListener('click', () => reveal(source));
  group.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      reveal(source);
    }
  });
  return group;
}

function arrowMarker(): SVGDefsElement {
  const head = svg('path', { d: 'M0,0 L8,4 L0,8 z', class: 'arrow-head' });
  const attributes = { id: 'arrow', viewBox: '0 0 8 8', refX: 7, refY: 4, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' };
  return svg('defs', {}, svg('marker', attributes, head));
}

function arrow(d: string): SVGPathElement {
  return svg('path', { d, class: 'flow', 'marker-end': 'url(#arrow)' });
}

function rect(box: Box, radius: number): SVGRectElement {
  return svg('rect', { x: box.x, y: box.y, width: box.w, height: box.h, rx: radius });
}

function text(x: number, y: number, content: string, kind: string): SVGTextElement {
  return svg('text', { x, y, class: kind }, content);
}

/** A horizontal S-curve between two ports. */
function curve(from: Point, to: Point): string {
  const mid = (from.x + to.x) / 2;
  return `M${from.x},${from.y} C${mid},${from.y} ${mid},${to.y} ${to.x},${to.y}`;
}

/** Busy fraction → shading class (the stylesheet maps classes to theme colours). */
function utilClass(busy: number | undefined): string {
  if (busy === undefined) return 'util-none';
  if (busy < 0.5) return 'util-low';
  if (busy < 0.8) return 'util-mid';
  return 'util-high';
}

function legend(withResults: boolean): HTMLElement {
  if (!withResults) {
    return h('p', { class: 'muted' }, 'Run a scenario to shade stages and cores by how busy they were. Choose an element to go to its line.');
  }
  const swatch = (kind: string, label: string) =>
    h('span', { class: 'swatch-entry' }, h('span', { class: `swatch ${kind}`, 'aria-hidden': 'true' }), label);
  return h(
    'p',
    { class: 'legend muted' },
    'Busy (share of one core): ',
    swatch('util-low', 'under 50%'),
    swatch('util-mid', '50–80%'),
    swatch('util-high', '80% and over'),
    ' — choose an element to go to its line.',
  );
}

function measurer({ palette }: ViewContext): (text: string) => number {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = palette.font;
  return (content) => ctx.measureText(content).width;
}
