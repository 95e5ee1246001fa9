// A chart as a PNG: the theme's background, the title, uPlot's canvas, and a
// legend drawn on the canvas (uPlot's own legend is HTML, so it would be lost).
import type uPlot from 'uplot';
import type { Palette } from '../theme';

export interface LegendEntry {
  label: string;
  color: string;
}

export function exportImage(plot: uPlot, title: string, legend: LegendEntry[], palette: Palette): string {
  const source = plot.ctx.canvas;
  const ratio = source.width / Math.max(1, plot.width);
  const pad = 12 * ratio;
  const line = (palette.fontSize + 8) * ratio;
  const font = (weight: string) => `${weight} ${palette.fontSize * ratio}px ${palette.fontFamily}`;

  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = font('normal');
  const rows = legendRows(legend, source.width, (text) => measure.measureText(text).width + 3 * line);

  const canvas = document.createElement('canvas');
  canvas.width = source.width + 2 * pad;
  canvas.height = pad + line + source.height + rows.length * line + pad;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = palette.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'middle';
  ctx.fillStyle = palette.foreground;
  ctx.font = font('bold');
  ctx.fillText(title, pad, pad + line / 2);
  ctx.drawImage(source, pad, pad + line);

  ctx.font = font('normal');
  let y = pad + line + source.height + line / 2;
  for (const row of rows) {
    let x = pad;
    for (const entry of row) {
      ctx.fillStyle = entry.color;
      ctx.fillRect(x, y - line / 4, line / 2, line / 2);
      ctx.fillStyle = palette.foreground;
      ctx.fillText(entry.label, x + line * 0.75, y);
      x += measure.measureText(entry.label).width + 3 * line;
    }
    y += line;
  }
  return canvas.toDataURL('image/png');
}

/** Packs legend entries into rows no wider than `width`. */
function legendRows(legend: LegendEntry[], width: number, widthOf: (text: string) => number): LegendEntry[][] {
  const rows: LegendEntry[][] = [];
  let used = Infinity;
  for (const entry of legend) {
    const w = widthOf(entry.label);
    if (used + w > width) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1].push(entry);
    used += w;
  }
  return rows;
}
