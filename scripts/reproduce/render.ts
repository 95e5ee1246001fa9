// Renders reproduction charts to PNG in headless Chromium, with the results
// panels' chart code (bundled from chart-page.ts) in a light palette.
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from '../chromium';
import type { ChartData } from '../../test/research/charts';

/** The variables the panels read their palette from (VS Code's light theme). */
const THEME = `
  :root {
    --vscode-charts-foreground: #333333; --vscode-charts-lines: #c8c8c8; --vscode-editor-background: #ffffff;
    --vscode-charts-blue: #1a73c8; --vscode-charts-orange: #d18616; --vscode-charts-green: #388a34;
    --vscode-charts-purple: #652d90; --vscode-charts-red: #cd3131; --vscode-charts-yellow: #bf8803;
  }
  body { font: 13px "DejaVu Sans", sans-serif; color: #333333; background: #ffffff; margin: 0; }`;

async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(__dirname, 'chart-page.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  return out.outputFiles[0].text;
}

/** Writes `<dir>/<chart.file>.png` for each chart. */
export async function renderCharts(charts: ChartData[], dir: string): Promise<void> {
  const script = await bundle();
  const browser = await launchChromium({ viewport: { width: 900, height: 600 }, deviceScaleFactor: 2 });
  try {
    const page = browser.page;
    await page.setContent(`<!doctype html><html><head><style>${THEME}</style></head><body></body></html>`);
    await page.addScriptTag({ content: script });
    for (const chart of charts) {
      const url = await page.evaluate((data) => (window as unknown as { renderChart(d: unknown): Promise<string> }).renderChart(data), chart);
      await writeFile(join(dir, `${chart.file}.png`), Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
    }
  } finally {
    await browser.close();
  }
}
