// Debian's Chromium, headless, through playwright-core, with a throw-away
// profile: what the reproduction charts, the panel tests and the real-editor
// tests all run in. Tools that download their own browser do not work here.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export interface Chromium {
  context: BrowserContext;
  /** The context's first page. */
  page: Page;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** Launches Chromium with a fresh profile; fails, saying how to install it, when it is missing. */
export async function launchChromium(options: { viewport: { width: number; height: number }; deviceScaleFactor?: number }): Promise<Chromium> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (CI's .ci/run does).`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'hostnet-chromium-'));
  // Playwright refuses --user-data-dir in args, so the profile is passed here.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    ...options,
    // Chromium keeps crash reports and caches under XDG folders: keep them in the throw-away profile too.
    env: { ...process.env, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
