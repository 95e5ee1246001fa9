// (9) Topology and pipeline: hosts, NICs, links and each chain's stages as an
// SVG diagram, shaded by how busy each stage and core was at the chosen
// point. Every element is a button that reveals its line in the editor.
import type { PointResult } from '../../../simulator/results';
import { chainTitle, hostTitle, layoutTopology, type Box, type Point } from '../data/layout';
import { stageUtilisation } from '../data/stages';
import { h, note, svg } from '../dom';
import { formatBandwidth, formatCount, formatPercent, formatTime } from '../format';
import type { SourceLine } from '../protocol';
import type { View, ViewContext } from './view';

export const topologyView: View = {
  id: 'topology',
  label: 'Topology',
  render(panel, context) {
    const topology = context.show.topology;
    if (!topology || topology.hosts.length === 0) {
      panel.append(note('No topology to draw: the language server sends it with a run of a file that declares hosts.'));
      return;
    }
    const point: PointResult | undefined = context.results.points.length > 0 ? context.point : undefined;
    const busyStages = point ? stageUtilisation(point) : new Map<string, number>();
    const coreUtil = (host: string, core: number) => point?.cores?.find((c) => c.host === host && c.core === core)?.util;
    const coreCount = (host: string) => {
      const declared = topology.hosts.find((h) => h.name === host)?.cores;
      const used = (point?.cores ?? []).filter((c) => c.host === host).map((c) => c.core + 1);
      return declared ?? Math.max(0, ...used);
    };
    const layout = layoutTopology(topology, coreCount, measurer(context));
    const reveal = (source: SourceLine) => context.post({ type: 'reveal', uri: source.uri || topology.uri || context.show.file || '', line: source.line });

    const root = svg('svg', {
      width: layout.width,
      height: layout.height,
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      role: 'group',
      'aria-label': 'Topology: hosts, NICs, links and chains',
      class: 'topology',
    });
    root.append(svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 8 8', refX: 7, refY: 4, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, svg('path', { d: 'M0,0 L8,4 L0,8 z', class: 'arrow-head' }))));

    for (const { link, from, to } of layout.links) {
      root.append(node(`link ${link.a.host}.${link.a.nic} to ${link.b.host}.${link.b.nic}`, link, reveal, 'link', svg('path', { d: curve(from, to), class: 'wire' })));
    }
    for (const laid of layout.hosts) {
      const { host } = laid;
      const cores = laid.cores.length;
      root.append(node(`host ${host.name}`, host, reveal, `host ${host.role}`, rect(laid.box, 6), text(laid.box.x + 12, laid.box.y + 20, hostTitle(host, cores), 'title')));
      for (const { nic, box } of laid.nics) {
        const speed = nic.speed ? formatBandwidth(nic.speed) : '';
        root.append(node(`NIC ${host.name}.${nic.name}${speed ? `, ${speed}` : ''}`, nic, reveal, 'nic', rect(box, 4), text(box.x + box.w / 2, box.y + 17, nic.name, 'name centre'), speed ? text(box.x + box.w / 2, box.y + 32, speed, 'detail centre') : null));
      }
      for (const { chain, label, stages, feed } of laid.chains) {
        root.append(node(`chain ${chain.name}`, chain, reveal, 'chain-label', text(label.x, label.y, chainTitle(chain), 'label')));
        if (feed) root.append(svg('path', { d: curve(feed.from, feed.to), class: 'flow', 'marker-end': 'url(#arrow)' }));
        stages.forEach(({ stage, box }, i) => {
          const next = stages[i + 1];
          if (next) root.append(svg('line', { x1: box.x + box.w, y1: box.y + box.h / 2, x2: next.box.x, y2: next.box.y + next.box.h / 2, class: 'flow', 'marker-end': 'url(#arrow)' }));
          const key = `${chain.name}.${stage.name}`;
          const busy = busyStages.get(key);
          const stats = point?.stages?.[key];
          const detail = busy !== undefined ? formatPercent(busy) : stage.core !== undefined ? `core ${stage.core}` : stage.kind !== stage.name ? stage.kind : '';
          const tip = [
            `stage ${stage.name} (${stage.kind}) of chain ${chain.name}`,
            stage.core !== undefined ? `pinned to core ${stage.core}` : '',
            busy !== undefined ? `busy ${formatPercent(busy)} of a core` : '',
            stats ? `${formatCount(stats.packets)} packets, mean wait ${formatTime(stats.wait?.mean)}, service ${formatTime(stats.service?.mean)}` : '',
          ].filter(Boolean).join('; ');
          root.append(node(tip, stage, reveal, `stage ${utilClass(busy)}`, rect(box, 4), text(box.x + box.w / 2, box.y + 19, stage.name, 'name centre'), detail ? text(box.x + box.w / 2, box.y + 35, detail, 'detail centre') : null));
        });
      }
      if (cores > 0) {
        const first = laid.cores[0].box;
        root.append(text(first.x, first.y - 6, 'cores', 'label'));
      }
      for (const { core, box } of laid.cores) {
        const util = coreUtil(host.name, core);
        const tip = `core ${core} of ${host.name}${util !== undefined ? `, busy ${formatPercent(util)}` : ''}`;
        root.append(svg('g', { class: `core ${utilClass(util)}`, role: 'img', 'aria-label': tip }, svg('title', {}, tip), rect(box, 3), text(box.x + box.w / 2, box.y + box.h / 2 + 4, String(core), 'detail centre')));
      }
    }

    panel.append(h('div', { class: 'topology-scroll' }, root));
    panel.append(legend(point !== undefined));
  },
};

/** A focusable diagram element: click, Enter or Space reveals its line. */
function node(label: string, source: SourceLine, reveal: (source: SourceLine) => void, kind: string, ...children: (SVGElement | null)[]): SVGGElement {
  const group = svg('g', { class: `node ${kind}`, role: 'button', tabindex: 0, 'aria-label': `${label} — go to line ${source.line + 1}` }, svg('title', {}, label), ...children);
  group.addEventListener('click', () => reveal(source));
  group.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      reveal(source);
    }
  });
  return group;
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
  if (!withResults) return h('p', { class: 'muted' }, 'Run a scenario to shade stages and cores by how busy they were. Choose an element to go to its line.');
  const swatch = (kind: string, label: string) => h('span', { class: 'swatch-entry' }, h('span', { class: `swatch ${kind}`, 'aria-hidden': 'true' }), label);
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
