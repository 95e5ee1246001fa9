// Chart colours and fonts from the editor's theme. Canvas drawing cannot use
// CSS variables, so each `--vscode-*` colour is resolved to rgb once per theme
// (a hidden probe element computes it) and read again when the theme changes.

export interface Palette {
  foreground: string;
  grid: string;
  background: string;
  /** Distinct series colours, in the order charts use them. */
  series: string[];
  /** Canvas font for axis values, e.g. `12px "Segoe UI"`. */
  font: string;
  fontSize: number;
  fontFamily: string;
}

const SERIES_VARIABLES = [
  '--vscode-charts-blue',
  '--vscode-charts-orange',
  '--vscode-charts-green',
  '--vscode-charts-purple',
  '--vscode-charts-red',
  '--vscode-charts-yellow',
];

export function readPalette(): Palette {
  const probe = document.createElement('span');
  probe.hidden = true;
  document.body.append(probe);
  // An undefined variable makes `color` inherit the body's text colour, so
  // a missing theme entry still yields a readable colour.
  const resolve = (variable: string): string => {
    probe.style.color = `var(${variable})`;
    return getComputedStyle(probe).color;
  };
  const body = getComputedStyle(document.body);
  const fontSize = Math.max(10, Math.round(parseFloat(body.fontSize) || 13) - 1);
  const palette: Palette = {
    foreground: resolve('--vscode-charts-foreground'),
    grid: resolve('--vscode-charts-lines'),
    background: resolve('--vscode-editor-background'),
    series: SERIES_VARIABLES.map(resolve),
    font: `${fontSize}px ${body.fontFamily}`,
    fontSize,
    fontFamily: body.fontFamily,
  };
  probe.remove();
  return palette;
}

/** The i-th series colour; past the palette, the colours repeat lighter. */
export function seriesColor(palette: Palette, index: number): string {
  const base = palette.series[index % palette.series.length];
  const round = Math.floor(index / palette.series.length);
  return round === 0 ? base : withAlpha(base, Math.max(0.35, 1 - 0.3 * round));
}

/** `rgb(1, 2, 3)` at alpha 0.5 → `rgba(1, 2, 3, 0.5)` (multiplies an existing alpha). */
export function withAlpha(color: string, alpha: number): string {
  const parts = color.match(/[\d.]+/g);
  if (!parts || parts.length < 3) return color;
  const [r, g, b] = parts;
  const a = (parts.length > 3 ? Number(parts[3]) : 1) * alpha;
  return `rgba(${r}, ${g}, ${b}, ${Number(a.toFixed(3))})`;
}

/**
 * Calls `onChange` when VS Code switches theme: it changes the body's class
 * (`vscode-light`, `vscode-dark`, `vscode-high-contrast`) and the variables
 * in the root element's style.
 */
export function watchTheme(onChange: () => void): void {
  let pending = false;
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      onChange();
    });
  });
  observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style'] });
}
