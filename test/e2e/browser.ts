// Debian's Chromium, headless, driven by playwright-core, opening code-server's workbench.
import type { Page } from 'playwright-core';
import { launchChromium, type Chromium } from '../../scripts/chromium';

export type Browser = Chromium;

/** Chromium sized for the workbench. */
export function launchBrowser(): Promise<Browser> {
  return launchChromium({ viewport: { width: 1280, height: 800 } });
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
