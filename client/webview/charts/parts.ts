// Building blocks for uPlot options in the theme's colours and font: axes
// with values formatted for people, line series, stacked and floating bars.
import uPlot from 'uplot';
import type { Palette } from '../theme';
import { withAlpha } from '../theme';

type Format = (value: number) => string;

let measureContext: CanvasRenderingContext2D | null = null;

function textWidth(text: string, font: string): number {
  measureContext ??= document.createElement('canvas').getContext('2d')!;
  measureContext.font = font;
  return measureContext.measureText(text).width;
}

function axis(palette: Palette, label: string, format: Format, extra: uPlot.Axis = {}): uPlot.Axis {
  return {
    stroke: palette.foreground,
    font: palette.font,
    labelFont: `bold ${palette.font}`,
    label,
    grid: { stroke: withAlpha(palette.grid, 0.6), width: 1 },
    ticks: { stroke: palette.grid, width: 1, size: 4 },
    values: (_u, splits) => splits.map((v) => (v === null || v === undefined ? '' : format(v))),
    ...extra,
  };
}

/** Least room between two labels of an x axis, px. */
const X_LABEL_GAP = 12;

/** An x axis; where its labels would touch (many sweep values, many cores), it shows only those with room. */
export function xAxis(palette: Palette, label: string, format: Format, extra: uPlot.Axis = {}): uPlot.Axis {
  const options = axis(palette, label, format, { space: 70, size: palette.fontSize + 16, labelSize: label ? palette.fontSize + 8 : 0, labelGap: 0, ...extra });
  const values = options.values;
  if (typeof values !== 'function') return options;
  return {
    ...options,
    values: (u, splits, axisIndex, space, increment) =>
      spaced(u, splits, values(u, splits, axisIndex, space, increment), u.axes[axisIndex].scale ?? 'x', palette.font),
  };
}

/** Keeps a label only when it starts clear of the last one kept, left to right, so a crowded axis shows every other (or third, …) label. */
function spaced(u: uPlot, splits: number[], labels: (string | number | null)[], scale: string, font: string): (string | number | null)[] {
  let keptRight = -Infinity;
  return labels.map((label, i) => {
    if (label === null || label === '') return label;
    const half = textWidth(String(label), font) / 2;
    const x = u.valToPos(splits[i], scale);
    if (x - half < keptRight + X_LABEL_GAP) return null;
    keptRight = x + half;
    return label;
  });
}

/** A y axis as wide as its widest value. */
export function yAxis(palette: Palette, label: string, format: Format, extra: uPlot.Axis = {}): uPlot.Axis {
  return axis(palette, label, format, {
    size: (_u, values) => Math.ceil(Math.max(24, ...(values ?? []).map((v) => textWidth(String(v ?? ''), palette.font)))) + 14,
    ...extra,
  });
}

/** Least room between two labels of a log axis, px. */
const LOG_LABEL_GAP = 60;
/** The mantissas a log axis may label, richest first; each set's closest pair sets the decade width it needs. */
const LOG_LABEL_SETS = [[1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 5, 7], [1, 2, 5], [1]];

/**
 * A base-10 log axis's labels: at each power of ten, and at as many of its
 * multiples (2 and 5, then 3 and 7, then all) as a decade has room for.
 * (uPlot's own filter measures that room from 10 to 9, which on an x axis is
 * negative, so it would keep the powers of ten alone.)
 */
export function logAxis(format: Format): Pick<uPlot.Axis, 'filter' | 'values'> {
  return {
    filter: (_u, splits) => splits,
    values: (u, splits, axisIndex) => {
      const scale = u.axes[axisIndex].scale ?? 'x';
      const decade = Math.abs(u.valToPos(10, scale) - u.valToPos(1, scale));
      const shown = LOG_LABEL_SETS.find((set) => closestGap(set) * decade >= LOG_LABEL_GAP) ?? [1];
      return splits.map((v) => {
        if (!(v > 0)) return null;
        const mantissa = Math.round(v / 10 ** Math.floor(Math.log10(v) + 1e-9));
        return shown.includes(mantissa) ? format(v) : null;
      });
    },
  };
}

/** The smallest distance, in decades, between neighbouring labels at these mantissas (the last one next to 10). */
function closestGap(mantissas: number[]): number {
  return Math.min(...mantissas.map((m, i) => Math.log10((mantissas[i + 1] ?? 10) / m)));
}

/** Axis labels for categories placed at x = 0, 1, 2, … */
export function categoryAxis(palette: Palette, label: string, categories: string[]): uPlot.Axis {
  return xAxis(palette, label, (v) => categories[Math.round(v)] ?? '', {
    splits: () => categories.map((_, i) => i),
    grid: { show: false },
  });
}

/** x range over the given values with 5% room either side, so end points are not cut. */
export function paddedScale(values: number[]): uPlot.Scale {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const room = (max - min) * 0.05 || Math.abs(min) * 0.05 || 1;
  return { time: false, range: () => [min - room, max + room] };
}

/** x range for categories: half a slot of room either side. */
export function categoryScale(count: number): uPlot.Scale {
  return { time: false, range: () => [-0.5, Math.max(0.5, count - 0.5)] };
}

export function lineSeries(label: string, color: string, format: Format, extra: uPlot.Series = {}): uPlot.Series {
  return {
    label,
    stroke: color,
    width: 2,
    spanGaps: true,
    value: (_u, v) => (v === null || v === undefined ? '—' : format(v)),
    points: { show: false },
    ...extra,
  };
}

export interface BarLayer {
  name: string;
  color: string;
  values: number[];
}

/**
 * Stacked bars: each layer's series holds the running total, and a band
 * from the layer below makes uPlot draw only this layer's own slice. The
 * legend shows the layer's own value, not the total.
 */
export function stackedBars(layers: BarLayer[], x: number[], format: Format): {
  data: uPlot.AlignedData;
  series: uPlot.Series[];
  bands: uPlot.Band[];
} {
  const totals = x.map(() => 0);
  const data: number[][] = [];
  for (const layer of layers) {
    data.push(layer.values.map((value, i) => (totals[i] += value)));
  }
  const bars = uPlot.paths.bars!({ size: [0.6, 80], align: 0 });
  return {
    data: [x, ...data],
    series: layers.map((layer) => ({
      label: layer.name,
      fill: layer.color,
      stroke: layer.color,
      width: 0,
      paths: bars,
      points: { show: false },
      value: (_u: uPlot, _v: number, _s: number, idx: number | null) => (idx === null ? '—' : format(layer.values[idx])),
    })),
    // Series indices start at 1 (0 is x): layer i+1 sits on layer i.
    bands: layers.slice(1).map((_, i) => ({ series: [i + 2, i + 1] as [number, number], fill: 'transparent' })),
  };
}

/** Bars from `from[i]` to `to[i]` (a waterfall's steps). */
export function floatingBars(from: number[]): uPlot.Series.PathBuilder {
  return uPlot.paths.bars!({
    size: [0.6, 80],
    disp: {
      y0: { unit: 1, values: () => from },
      y1: { unit: 1, values: (u, seriesIdx) => u.data[seriesIdx] as number[] },
    },
  });
}
