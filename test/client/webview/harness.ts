// A stand-in for the VS Code webview host: builds the panel bundle, serves it
// on 127.0.0.1 inside the real CSP page from client/panel/html.ts (plus a
// theme stylesheet and a stub `acquireVsCodeApi`), and drives it in Debian's
// headless Chromium.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type Chromium } from '../../../scripts/chromium';
import { createNonce, panelHtml } from '../../../client/panel/html';

import { FIXTURES } from './load-fixture';

/** Bundles client/webview/main.ts as the production build does (minified IIFE + CSS). */
export async function buildBundle(outdir: string): Promise<{ js: number; css: number }> {
  await esbuild.build({
    entryPoints: { webview: join(import.meta.dirname, '../../../client/webview/main.ts') },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    loader: { '.css': 'css' },
    outdir,
    logLevel: 'error',
  });
  return { js: readFileSync(join(outdir, 'webview.js')).length, css: readFileSync(join(outdir, 'webview.css')).length };
}

// Records what the panel posts and keeps its state in sessionStorage, so a
// reload restores it the way VS Code's getState does.
const STUB = `
window.__posted = [];
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
let acquired = false;
window.acquireVsCodeApi = () => {
  if (acquired) throw new Error('acquireVsCodeApi called twice');
  acquired = true;
  return {
    postMessage: (message) => window.__posted.push(message),
    getState: () => JSON.parse(sessionStorage.getItem('hostnet.state') ?? 'null'),
    setState: (state) => sessionStorage.setItem('hostnet.state', JSON.stringify(state)),
  };
};`;

export interface PanelServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `/panel?theme=light|dark`, the bundle under `/dist/` and the fixtures under `/fixtures/`. */
export async function servePanel(distDir: string): Promise<PanelServer> {
  const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  let origin = '';
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname === '/panel') {
      const theme = url.searchParams.get('theme') ?? 'light';
      const nonce = createNonce();
      const html = panelHtml({ cspSource: origin, nonce, scriptUri: `${origin}/dist/webview.js`, styleUri: `${origin}/dist/webview.css`, title: 'hostnet results' })
        .replace('</head>', `<link rel="stylesheet" href="${origin}/fixtures/theme-${theme}.css">\n<script nonce="${nonce}">${STUB}</script>\n</head>`)
        .replace('<body>', `<body class="vscode-${theme}">`);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const [, folder, ...rest] = url.pathname.split('/');
    const base = folder === 'dist' ? distDir : folder === 'fixtures' ? FIXTURES : undefined;
    const file = base && normalize(join(base, ...rest));
    if (!file || !file.startsWith(base) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export type Browser = Chromium;

/** Debian's Chromium, sized for the panel; fails (never skips) when it is not installed. */
export function launchPanelBrowser(): Promise<Browser> {
  return launchChromium({ viewport: { width: 1100, height: 800 } });
}

/** Errors the page reported: console errors, uncaught exceptions, CSP violations. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  return errors;
}

/** Posts a message to the panel as the extension would. */
export async function send(page: Page, message: unknown): Promise<void> {
  await page.evaluate((m) => window.postMessage(m, '*'), message);
  await settle(page);
}

/** Waits for uPlot's deferred drawing (a microtask) and one frame. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

export async function posted(page: Page): Promise<{ type: string; [key: string]: unknown }[]> {
  return page.evaluate(() => (window as unknown as { __posted: { type: string }[] }).__posted);
}

export async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

export interface CanvasInk {
  /** Pixels that are not transparent (axes, grid, series). */
  painted: number;
  /** Pixels in one of the theme's series colours. */
  seriesPixels: number;
}

/**
 * Reads back every chart canvas of the shown view and counts painted pixels,
 * and pixels in the theme's series colours (resolved from the CSS variables).
 */
export async function canvasInk(page: Page): Promise<CanvasInk[]> {
  return page.evaluate(() => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const colours = ['blue', 'orange', 'green', 'purple', 'red', 'yellow'].map((name) => {
      probe.style.color = `var(--vscode-charts-${name})`;
      return (getComputedStyle(probe).color.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    });
    probe.remove();
    return [...document.querySelectorAll<HTMLCanvasElement>('#view-panel .plot canvas')].map((canvas) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      let seriesPixels = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] === 0) continue;
        painted++;
        if (data[i + 3] > 240 && colours.some(([r, g, b]) => Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 12)) seriesPixels++;
      }
      return { painted, seriesPixels };
    });
  });
}
