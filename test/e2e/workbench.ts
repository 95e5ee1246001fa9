// The packaged extension in the real workbench, as the UI tests open it:
// package the .vsix, install it into a fresh code-server profile, open a copy
// of examples/ in Chromium. And the editing step more than one test takes.
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser, openFolder, type Browser } from './browser';
import { createProfile, installExtension, REPO_ROOT, startCodeServer, type CodeServer, type Profile } from './code-server';
import { assertReady, copyToTemp } from './setup';

export interface Workbench {
  page: Page;
  /** The copy of examples/ the workbench has open. */
  workspace: string;
  close(): Promise<void>;
}

export interface WorkbenchOptions {
  /** User settings added to the profile's. */
  settings?: Record<string, unknown>;
  /** Keep VS Code's workspace trust on (default off). */
  workspaceTrust?: boolean;
}

export async function openExamples(options: WorkbenchOptions = {}): Promise<Workbench> {
  assertReady('client.js');
  let profile: Profile | undefined;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let workspace: string | undefined;
  const close = async (): Promise<void> => {
    await browser?.close();
    await server?.stop();
    if (profile) await rm(profile.root, { recursive: true, force: true });
    if (workspace) await rm(workspace, { recursive: true, force: true });
  };
  try {
    profile = await createProfile(options.settings);
    // A .vsix of its own, in the profile (deleted with it): test files running at once never race over one.
    const vsix = join(profile.root, 'hostnet.vsix');
    await promisify(execFile)(
      join(REPO_ROOT, 'node_modules/.bin/vsce'),
      ['package', '--no-dependencies', '--allow-missing-repository', '-o', vsix],
      { cwd: REPO_ROOT },
    );
    await installExtension(profile, vsix);
    server = await startCodeServer(profile, { workspaceTrust: options.workspaceTrust });
    workspace = await copyToTemp(join(REPO_ROOT, 'examples'));
    browser = await launchBrowser();
    await openFolder(browser.page, server.url, workspace);
    return { page: browser.page, workspace, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Runs in the page: whether an error squiggle sits on the line of the cursor. */
const squiggleOnCursorLine = (): boolean => {
  const cursor = document.querySelector('.editor-instance .cursor')?.getBoundingClientRect();
  if (!cursor) return false;
  return Array.from(document.querySelectorAll('.editor-instance .squiggly-error'), (squiggle) =>
    squiggle.getBoundingClientRect(),
  ).some((box) => box.bottom > cursor.top && box.top < cursor.bottom);
};

/**
 * Types a line with a mistake at the end of the active editor and returns
 * whether a red squiggle showed on it within 30 s, after `screenshot` (a path)
 * is taken. The line stays, with the cursor on it.
 */
export async function typeMistake(page: Page, screenshot: string): Promise<boolean> {
  await page.locator('.editor-instance .view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  // Auto-closed brackets are typed over, so the text ends up exactly as typed.
  await page.keyboard.type('host oops { cpu { cores = } }');
  const squiggled = await page
    .waitForFunction(squiggleOnCursorLine, undefined, { timeout: 30_000 })
    .then(() => true, () => false);
  await page.screenshot({ path: screenshot });
  return squiggled;
}

/** Deletes the cursor's line (the one typeMistake typed) and waits for the squiggle to go. */
export async function removeMistake(page: Page): Promise<void> {
  await page.keyboard.press('Control+Shift+K');
  await page.locator('.editor-instance .squiggly-error').first().waitFor({ state: 'detached', timeout: 15_000 });
}
