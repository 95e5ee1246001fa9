// The packaged extension in the real workbench, driven like a user would:
// install the .vsix into code-server, open the examples, click a file, look.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, serverMissing } from './setup';
import { openExamples, removeMistake, typeMistake, type Workbench } from './workbench';

const FILE = 'quickstart.hnet';

/**
 * Runs in the page: the distinct `mtkN` classes of the visible text (one per
 * theme colour of a TextMate scope; bracket-pair colours do not change them),
 * or false while there are fewer than `atLeast`.
 */
const tokenClasses = ({ atLeast }: { atLeast: number }): string[] | false => {
  const spans = document.querySelectorAll('.editor-instance .view-lines .view-line span span');
  const classes = [...new Set(Array.from(spans, (span) => /\bmtk\d+\b/.exec(span.className)?.[0] ?? ''))];
  return classes.length >= atLeast && classes;
};

describe('the packaged extension in code-server', () => {
  let workbench: Workbench | undefined;
  let page: Page;

  before(async () => {
    // Semantic tokens off, so the colours seen come from the TextMate grammar alone.
    workbench = await openExamples({ settings: { 'editor.semanticHighlighting.enabled': false } });
    page = workbench.page;
  });

  after(async () => {
    await workbench?.close();
  });

  test('a .hnet file opened from the explorer is hostnet, coloured by the grammar', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).click();
    await page.locator('.tab.active', { hasText: FILE }).waitFor();
    await page.locator('[id="status.editor.mode"]', { hasText: 'hostnet' }).waitFor();
    // Tokenizing is asynchronous (the text first shows as plain mtk1), so wait
    // for the token classes rather than reading them once.
    const coloured = await page
      .waitForFunction(tokenClasses, { atLeast: 3 }, { timeout: 15_000 })
      .then(() => true, () => false);
    await page.screenshot({ path: join(SCREENSHOTS, 'ui-opened.png') });
    const classes = await page.evaluate(tokenClasses, { atLeast: 0 });
    assert.ok(coloured, `the text has only the token classes ${classes || 'none'}: is the grammar loaded?`);
  });

  test('a typed mistake gets a red squiggle', { skip: serverMissing }, async () => {
    const squiggled = await typeMistake(page, join(SCREENSHOTS, 'ui-squiggle.png'));
    assert.ok(squiggled, 'no red squiggle on the typed line within 30 s');
    // Take the mistake out again, so the file runs.
    await removeMistake(page);
  });

  test('the Run lens runs the scenario: a results panel with a latency chart, p99 inline', { skip: serverMissing }, async () => {
    await page.locator('.codelens-decoration a', { hasText: 'Run' }).first().click();
    // The panel's content is two frames down: VS Code's webview host, then the page itself.
    const panel = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await panel.locator('#tab-summary').waitFor({ timeout: 60_000 });
    await panel.locator('table td', { hasText: 'rpc' }).first().waitFor({ timeout: 30_000 });
    await panel.locator('#tab-cdf').click();
    await panel.locator('figure.chart canvas').first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'ui-results-panel.png') });
    // Beside the expectations (in view, under the lens): ✓ and the measured value.
    await page.locator('.editor-instance .view-lines', { hasText: /✓\s[\d.]+\sµs/ }).waitFor({ timeout: 15_000 });

    // The traffic's figures show beside its line: go there and read the editor's text.
    await gotoLine(page, lineOf(await readFile(join(workbench!.workspace, FILE), 'utf8'), 'traffic rpc'));
    const inline = page.locator('.editor-instance .view-lines', { hasText: /p99\s[\d.]+\s[µm]?s/ });
    const shown = await inline.waitFor({ timeout: 15_000 }).then(() => true, () => false);
    await page.screenshot({ path: join(SCREENSHOTS, 'ui-inline-results.png') });
    assert.ok(shown, 'no inline p99 beside the traffic after the run');
    await page.locator('.statusbar-item', { hasText: /hostnet:\srpc\sp99\s.*✓/ }).waitFor({ timeout: 5_000 });
  });
});

/** The 1-based number of the first line holding `text`. */
function lineOf(text: string, wanted: string): number {
  return text.split('\n').findIndex((line) => line.includes(wanted)) + 1;
}

/** Moves the cursor of the file's editor to a line, through "Go to Line". */
async function gotoLine(page: Page, line: number): Promise<void> {
  // The results panel's tab ("hostnet: quickstart.hnet") names the file too.
  await page.getByRole('tab', { name: new RegExp(`^${FILE.replace('.', '\\.')}`) }).click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
}
