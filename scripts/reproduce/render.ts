// Renders reproduction charts to PNG in headless Chromium, with the results
// panels' chart code (bundled from chart-page.ts) in a light palette.
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { ChartData } from '../../test/research/charts';

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

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
  const profile = await mkdtemp(join(tmpdir(), 'hostnet-reproduce-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    deviceScaleFactor: 2,
    viewport: { width: 900, height: 600 },
    env: { ...process.env, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setContent(`<!doctype html><html><head><style>${THEME}</style></head><body></body></html>`);
    await page.addScriptTag({ content: script });
    for (const chart of charts) {
      const url = await page.evaluate((data) => (window as unknown as { renderChart(d: unknown): Promise<string> }).renderChart(data), chart);
      await writeFile(join(dir, `${chart.file}.png`), Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
    }
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}
