// The packaged extension in a workspace the user has not trusted, in the real
// workbench: editing features work (Restricted Mode, squiggles), runs are
// refused with a word about trust and no results panel.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser, openFolder, type Browser } from './browser';
import { createProfile, installExtension, REPO_ROOT, startCodeServer, type CodeServer, type Profile } from './code-server';
import { assertReady, copyToTemp, SCREENSHOTS, serverMissing } from './setup';

const FILE = 'quickstart.hnet';
const TRUST_MESSAGE = 'hostnet runs simulations only in trusted workspaces';

// Trust on, but no modal at startup: a folder nobody has trusted (the browser
// profile is fresh, and it keeps the trusted folders) opens in Restricted Mode.
const UNTRUSTED_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
};

/** Runs in the page: whether an error squiggle sits on the line of the cursor. */
const squiggleOnCursorLine = (): boolean => {
  const cursor = document.querySelector('.editor-instance .cursor')?.getBoundingClientRect();
  if (!cursor) return false;
  return Array.from(document.querySelectorAll('.editor-instance .squiggly-error'), (squiggle) =>
    squiggle.getBoundingClientRect(),
  ).some((box) => box.bottom > cursor.top && box.top < cursor.bottom);
};

describe('the packaged extension in an untrusted workspace', () => {
  let profile: Profile | undefined;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let workspace: string | undefined;
  let page: Page;

  before(async () => {
    assertReady('client.js');
    profile = await createProfile(UNTRUSTED_SETTINGS);
    // A .vsix of its own (in the profile, deleted with it), so this file never races ui.test.ts over one.
    const vsix = join(profile.root, 'hostnet.vsix');
    await promisify(execFile)(
      join(REPO_ROOT, 'node_modules/.bin/vsce'),
      ['package', '--no-dependencies', '--allow-missing-repository', '-o', vsix],
      { cwd: REPO_ROOT },
    );
    await installExtension(profile, vsix);
    server = await startCodeServer(profile, { workspaceTrust: true });
    workspace = await copyToTemp(join(REPO_ROOT, 'examples'));
    browser = await launchBrowser();
    page = browser.page;
    await openFolder(page, server.url, workspace);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (profile) await rm(profile.root, { recursive: true, force: true });
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  test('the folder opens in Restricted Mode, and a typed mistake still gets a red squiggle', { skip: serverMissing }, async () => {
    await page.locator('[id="status.workspaceTrust"]', { hasText: 'Restricted Mode' }).waitFor({ timeout: 15_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).click();
    await page.locator('.tab.active', { hasText: FILE }).waitFor();
    await page.locator('[id="status.editor.mode"]', { hasText: 'hostnet' }).waitFor();
    await page.locator('.editor-instance .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    // Auto-closed brackets are typed over, so the text ends up exactly as typed.
    await page.keyboard.type('host oops { cpu { cores = } }');
    const squiggled = await page
      .waitForFunction(squiggleOnCursorLine, undefined, { timeout: 30_000 })
      .then(() => true, () => false);
    await page.screenshot({ path: join(SCREENSHOTS, 'trust-squiggle.png') });
    assert.ok(squiggled, 'no red squiggle on the typed line within 30 s: does the language server run in Restricted Mode?');
    // Take the mistake out again (the cursor is still on its line), so the lens below is for a valid file.
    await page.keyboard.press('Control+Shift+K');
    await page.locator('.editor-instance .squiggly-error').first().waitFor({ state: 'detached', timeout: 15_000 });
  });

  test('the Run lens says runs need trust, and no results panel opens', { skip: serverMissing }, async () => {
    await page.locator('.codelens-decoration a', { hasText: 'Run' }).first().click();
    const toast = page.locator('.notification-toast', { hasText: TRUST_MESSAGE });
    await toast.waitFor({ timeout: 15_000 });
    await toast.getByRole('button', { name: 'Manage Workspace Trust' }).waitFor();
    // A panel would open at once on a run's start; give a wrongly started run time to show one anyway.
    await sleep(3_000);
    await page.screenshot({ path: join(SCREENSHOTS, 'trust-run-refused.png') });
    assert.equal(await page.locator('iframe.webview').count(), 0, 'a webview opened although the run was refused');
    assert.equal(await page.getByRole('tab', { name: /^hostnet/ }).count(), 0, 'a results tab opened although the run was refused');
  });
});
