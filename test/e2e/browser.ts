// Debian's Chromium, headless, driven by playwright-core, opening code-server's workbench.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with a fresh profile each time (Playwright refuses --user-data-dir in args, so it is passed here). */
export async function launchBrowser(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'hostnet-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    // Chromium keeps crash reports and caches under XDG folders: keep them in the throw-away profile too.
    env: { ...process.env, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The workbench URL that opens `folder` (an absolute path on the code-server machine). */
export function folderUrl(serverUrl: string, folder: string, payload?: [string, string][]): string {
  const query = new URLSearchParams({ folder });
  if (payload) query.set('payload', JSON.stringify(payload));
  return `${serverUrl}/?${query}`;
}

/** Opens `folder` and waits until the workbench has rendered. */
export async function openFolder(page: Page, serverUrl: string, folder: string): Promise<void> {
  await page.goto(folderUrl(serverUrl, folder));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
}
