// The results panel in real headless Chromium, under the panel's strict CSP:
// every view draws (canvas read back, table cells checked) in light and dark
// themes, with no CSP violation or page error; state survives a reload; tabs
// work from the keyboard; the diagram and export buttons post their messages.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Results } from '../../../simulator/results';
import type { ShowMessage, Topology } from '../../../client/webview/protocol';
import type { ViewId } from '../../../client/webview/state';
import { buildBundle, canvasInk, launchPanelBrowser, posted, send, servePanel, settle, violations, watchErrors, type Browser, type PanelServer } from './harness';
import { fixture } from './load-fixture';

const SCREENSHOTS = join(import.meta.dirname, '../../../test-results/webview');

const sweep = fixture<Results>('results-sweep.json');
const baseline = fixture<Results>('results-baseline.json');
const minimal = fixture<Results>('results-minimal.json');
const topology = fixture<Topology>('topology.json');
const fullShow: ShowMessage = { type: 'show', results: [sweep, minimal], baseline, topology, file: '/work/examples/prism.hnet' };

/** Views drawn as uPlot charts, and how many charts each has for the sweep fixture. */
const CHART_VIEWS: [ViewId, number][] = [
  ['cdf', 1],
  ['timeseries', 2],
  ['cores', 3],
  ['stages', 1],
  ['sweep', 2],
];

let browser: Browser;
let server: PanelServer;
let dist: string;
let bundle: { js: number; css: number };

before(async () => {
  dist = mkdtempSync(join(tmpdir(), 'hostnet-webview-dist-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  bundle = await buildBundle(dist);
  server = await servePanel(dist);
  browser = await launchPanelBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

async function openPanel(theme: 'light' | 'dark' = 'light'): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.origin}/panel?theme=${theme}`);
  await page.waitForSelector('[role=tablist]');
  return { page, errors };
}

async function showView(page: Page, view: ViewId): Promise<void> {
  await page.click(`#tab-${view}`);
  await settle(page);
}

async function cellTexts(page: Page, selector = '#view-panel .table-scroll table'): Promise<string[][]> {
  return page.$$eval(`${selector} tbody tr`, (rows) => rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}

interface DrawnLabel {
  text: string;
  x: number;
  width: number;
  align: string;
}

/** From now on, records the text the page's canvases draw (uPlot draws its axis labels with fillText). */
async function recordLabels(page: Page): Promise<void> {
  await page.evaluate(() => {
    const drawn: DrawnLabel[] = [];
    (window as unknown as { drawn: DrawnLabel[] }).drawn = drawn;
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
      // x and the width are both in the canvas's own pixels.
      drawn.push({ text: String(text), x, width: this.measureText(String(text)).width, align: this.textAlign });
      return fillText.call(this, text, x, y, maxWidth);
    };
  });
}

async function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  return page.evaluate(() => (window as unknown as { drawn: DrawnLabel[] }).drawn);
}

async function assertClean(page: Page, errors: string[]): Promise<void> {
  assert.deepEqual(await violations(page), [], 'CSP violations');
  assert.deepEqual(errors, [], 'page errors');
}

test('the bundle is small: uPlot plus the panel code', () => {
  assert.ok(bundle.js < 150_000, `webview.js is ${bundle.js} bytes`);
  assert.ok(bundle.css < 20_000, `webview.css is ${bundle.css} bytes`);
});

for (const theme of ['light', 'dark'] as const) {
  describe(`every view in the ${theme} theme`, () => {
    let page: Page;
    let errors: string[];

    before(async () => {
      ({ page, errors } = await openPanel(theme));
      await send(page, fullShow);
    });

    after(async () => {
      await assertClean(page, errors);
      await page.close();
    });

    test('summary table: one row per point and traffic, values for people', async () => {
      await showView(page, 'summary');
      const rows = await cellTexts(page);
      assert.equal(rows.length, 8);
      const headers = await page.$$eval('#view-panel thead th', (ths) => ths.map((th) => th.textContent));
      assert.deepEqual(headers, ['bulk.rate', 'overlay.priority', 'traffic', 'throughput', 'packet rate', 'delivered', 'p50', 'p99', 'p99.9', 'drops', 'loss']);
      assert.deepEqual(rows[0].slice(0, 5), ['10 Gbps', 'none', 'rpc', '102.4 Mbps', '200 Kpps']);
      assert.equal(rows[0][7], '39.81 µs');
      assert.deepEqual(rows[7].slice(0, 4), ['40 Gbps', 'prism', 'bulk', '40 Gbps']);
      assert.equal(rows[7][9], '60');
      await page.screenshot({ path: join(SCREENSHOTS, `${theme}-summary.png`), fullPage: true });
    });

    for (const [view, charts] of CHART_VIEWS) {
      test(`${view}: ${charts} chart(s) with series drawn`, async () => {
        await showView(page, view);
        const ink = await canvasInk(page);
        assert.equal(ink.length, charts);
        for (const [i, chart] of ink.entries()) {
          assert.ok(chart.painted > 2000, `chart ${i} has ${chart.painted} painted pixels`);
          assert.ok(chart.seriesPixels > 200, `chart ${i} has ${chart.seriesPixels} pixels in series colours`);
        }
        await page.screenshot({ path: join(SCREENSHOTS, `${theme}-${view}.png`), fullPage: true });
      });
    }

    test('stages: a table in chain order beside the waterfall', async () => {
      await showView(page, 'stages');
      const names = (await cellTexts(page)).map((row) => row[0]);
      assert.deepEqual(names, ['driver', 'gro', 'vxlan', 'bridge', 'udp', 'app']);
      assert.match(await page.textContent('#view-panel h2') ?? '', /chain overlay — carries rpc, bulk/);
    });

    test('compare: deltas against the baseline with better/worse marks', async () => {
      await showView(page, 'compare');
      const rows = await cellTexts(page);
      assert.equal(rows.length, 16);
      const p99 = rows.find((row) => row[0] === 'rpc' && row[1] === 'latency.p99')!;
      assert.equal(p99[6], '✓ better');
      assert.match(p99[4], /^-/);
      assert.match(p99[5], /^-\d+\.\d%$/);
      const throughput = rows.find((row) => row[0] === 'bulk' && row[1] === 'throughput')!;
      assert.equal(throughput[6], '= same');
      await page.screenshot({ path: join(SCREENSHOTS, `${theme}-compare.png`), fullPage: true });
    });

    test('expects: met and failed outcomes with expected and actual values', async () => {
      await showView(page, 'expects');
      const rows = await cellTexts(page);
      assert.equal(rows.length, 8);
      const failed = rows.filter((row) => row[1] === '✗ failed');
      assert.equal(failed.length, 1);
      assert.deepEqual(failed[0].slice(2), ['rpc.latency.p99', '<', '50 µs', '63.1 µs']);
      assert.match(await page.textContent('#view-panel .status') ?? '', /7 of 8 expectations met/);
      await page.screenshot({ path: join(SCREENSHOTS, `${theme}-expects.png`), fullPage: true });
    });

    test('topology: hosts, NIC, link and six stages shaded by use', async () => {
      await showView(page, 'topology');
      assert.equal(await page.locator('#view-panel .node.host').count(), 2);
      assert.equal(await page.locator('#view-panel .node.nic').count(), 2);
      assert.equal(await page.locator('#view-panel .node.link').count(), 1);
      assert.equal(await page.locator('#view-panel .node.stage').count(), 6);
      assert.equal(await page.locator('#view-panel .core').count(), 4);
      assert.equal(await page.locator('#view-panel .stage.util-none').count(), 0);
      await page.screenshot({ path: join(SCREENSHOTS, `${theme}-topology.png`), fullPage: true });
    });
  });
}

describe('interaction', () => {
  let page: Page;
  let errors: string[];

  before(async () => {
    ({ page, errors } = await openPanel('light'));
  });

  after(async () => {
    await assertClean(page, errors);
    await page.close();
  });

  test('posts ready on load and says there are no results yet', async () => {
    assert.deepEqual(await posted(page), [{ type: 'ready' }]);
    assert.match(await page.textContent('#view-panel') ?? '', /No results yet/);
  });

  test('progress shows, then a show message hides it', async () => {
    await send(page, { type: 'progress', fraction: 0.4 });
    assert.equal(await page.isVisible('progress'), true);
    assert.match(await page.textContent('[role=status]') ?? '', /40%/);
    await send(page, fullShow);
    assert.equal(await page.isVisible('progress'), false);
  });

  test('tabs: arrow keys, Home and End move and show views; one tab stop', async () => {
    await page.focus('#tab-summary');
    await page.keyboard.press('ArrowRight');
    const focused = () => page.evaluate(() => document.activeElement?.id);
    assert.equal(await focused(), 'tab-cdf');
    assert.equal(await page.getAttribute('#tab-cdf', 'aria-selected'), 'true');
    assert.equal(await page.getAttribute('#view-panel', 'aria-labelledby'), 'tab-cdf');
    await page.keyboard.press('End');
    assert.equal(await focused(), 'tab-topology');
    await page.keyboard.press('ArrowRight');
    assert.equal(await focused(), 'tab-summary');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await focused(), 'tab-topology');
    await page.keyboard.press('Home');
    assert.equal(await focused(), 'tab-summary');
    const stops = await page.$$eval('[role=tab]', (tabs) => tabs.filter((t) => (t as HTMLElement).tabIndex === 0).length);
    assert.equal(stops, 1);
    await page.keyboard.press('ArrowRight');
    await page.screenshot({ path: join(SCREENSHOTS, 'light-tab-focus.png'), clip: { x: 0, y: 0, width: 800, height: 120 } });
  });

  test('a show message naming a view opens that tab; one without keeps the tab chosen', async () => {
    await send(page, { ...fullShow, view: 'compare' } satisfies ShowMessage);
    assert.equal(await page.getAttribute('#tab-compare', 'aria-selected'), 'true');
    await page.click('#tab-cdf');
    await send(page, fullShow);
    assert.equal(await page.getAttribute('#tab-cdf', 'aria-selected'), 'true');
  });

  test('choosing a point changes what the views show', async () => {
    await showView(page, 'cdf');
    await page.selectOption('#select-point', '3');
    await settle(page);
    assert.equal(await page.inputValue('#select-point'), '3');
    await showView(page, 'expects');
    assert.equal(await page.locator('#view-panel tr.selected').count(), 2);
  });

  test('the sweep view plots the chosen metric against the chosen parameter', async () => {
    await showView(page, 'sweep');
    await page.selectOption('#select-x-axis', 'overlay.priority');
    await page.focus('#select-metric');
    await page.selectOption('#select-metric', 'throughput');
    await settle(page);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'select-metric', 'focus stays on the control after the redraw');
    const titles = await page.$$eval('#view-panel .chart-title', (spans) => spans.map((s) => s.textContent));
    assert.deepEqual(titles, ['rpc: throughput against overlay.priority', 'bulk: throughput against overlay.priority']);
    const legend = await page.$$eval('#view-panel .chart:first-of-type .u-series th', (ths) => ths.map((th) => th.textContent?.trim()));
    assert.deepEqual(legend.slice(1), ['bulk.rate=10 Gbps', 'bulk.rate=40 Gbps']);
  });

  test('state survives a reload: results, view, point and sweep choices', async () => {
    await showView(page, 'sweep');
    assert.deepEqual(await violations(page), [], 'CSP violations before the reload');
    await page.reload();
    await page.waitForSelector('[role=tablist]');
    await settle(page);
    assert.equal(await page.getAttribute('#tab-sweep', 'aria-selected'), 'true');
    assert.equal(await page.inputValue('#select-point'), '3');
    assert.equal(await page.inputValue('#select-x-axis'), 'overlay.priority');
    assert.equal(await page.inputValue('#select-metric'), 'throughput');
    assert.equal((await canvasInk(page)).length, 2);
    assert.deepEqual(await posted(page), [{ type: 'ready' }]);
  });

  test('clicking a diagram element, or Enter on it, reveals its line', async () => {
    await showView(page, 'topology');
    await page.click('#view-panel .node.stage >> nth=2');
    await page.focus('#view-panel .node.nic >> nth=1');
    await page.keyboard.press('Enter');
    const reveals = (await posted(page)).filter((m) => m.type === 'reveal');
    assert.deepEqual(reveals, [
      { type: 'reveal', uri: 'file:///work/examples/prism.hnet', line: 19 },
      { type: 'reveal', uri: 'file:///work/examples/prism.hnet', line: 6 },
    ]);
  });

  test('export posts a PNG of the chart', async () => {
    await showView(page, 'cdf');
    await page.click('#view-panel .export');
    const exported = (await posted(page)).filter((m) => m.type === 'export');
    assert.equal(exported.length, 1);
    assert.equal(exported[0].format, 'png');
    assert.equal(exported[0].name, 'prism_under_load-latency-cdf');
    assert.match(String(exported[0].dataUrl), /^data:image\/png;base64,/);
    assert.ok(String(exported[0].dataUrl).length > 5000);
    writeFileSync(join(SCREENSHOTS, 'export-cdf.png'), Buffer.from(String(exported[0].dataUrl).split(',')[1], 'base64'));
  });

  test('the latency CDF labels its log axis at 2 and 5 times a power of ten too, where there is room', async () => {
    await showView(page, 'summary');
    await recordLabels(page);
    await showView(page, 'cdf');
    const times = (await drawnLabels(page)).map((label) => label.text).filter((text) => /^[\d.]+ (ns|µs|ms|s)$/.test(text));
    assert.ok(times.some((text) => /^[25]0* /.test(text)), `x labels: ${times.join(', ')}`);
    assert.ok(times.some((text) => /^10* /.test(text)), `x labels: ${times.join(', ')}`);
  });

  test('charts follow the panel’s width', async () => {
    await showView(page, 'timeseries');
    const widths = () => page.$$eval('#view-panel .plot canvas', (canvases) => canvases.map((c) => c.getBoundingClientRect().width));
    const wide = await widths();
    await page.setViewportSize({ width: 700, height: 800 });
    await page.waitForFunction((before) => [...document.querySelectorAll('#view-panel .plot canvas')].every((c) => c.getBoundingClientRect().width < before - 200), wide[0]);
    const narrow = await widths();
    assert.ok(narrow.every((w) => w < 680), `canvas widths ${narrow.join(', ')}`);
    await page.setViewportSize({ width: 1100, height: 800 });
  });

  test('a theme switch (dark, then high contrast) redraws the charts in the new colours', async () => {
    await showView(page, 'timeseries');
    const lightInk = await canvasInk(page);
    // VS Code changes the variables and the body class together.
    await page.addStyleTag({ url: `${server.origin}/fixtures/theme-dark.css` });
    await page.evaluate(() => document.body.classList.replace('vscode-light', 'vscode-dark'));
    await settle(page);
    const darkInk = await canvasInk(page);
    assert.equal(darkInk.length, lightInk.length);
    for (const chart of darkInk) assert.ok(chart.seriesPixels > 200, 'series drawn in the dark palette');

    await page.addStyleTag({ url: `${server.origin}/fixtures/theme-high-contrast.css` });
    await page.evaluate(() => document.body.classList.replace('vscode-dark', 'vscode-high-contrast'));
    await settle(page);
    for (const chart of await canvasInk(page)) assert.ok(chart.seriesPixels > 200, 'series drawn in the high-contrast palette');
    await page.screenshot({ path: join(SCREENSHOTS, 'high-contrast-timeseries.png'), fullPage: true });
    await showView(page, 'topology');
    await page.screenshot({ path: join(SCREENSHOTS, 'high-contrast-topology.png'), fullPage: true });
  });

  test('scenario selector switches to a degenerate run without failing', async () => {
    await page.selectOption('#select-scenario', '1');
    await settle(page);
    assert.equal(await page.locator('#select-point').count(), 0);
    for (const view of ['summary', 'cdf', 'timeseries', 'cores', 'stages', 'sweep', 'expects'] as ViewId[]) {
      await showView(page, view);
      assert.ok(((await page.textContent('#view-panel')) ?? '').length > 10, `${view} says something`);
    }
  });
});

describe('crowded axes', () => {
  test('a sweep of 24 values labels only as many of them as fit, none touching', async () => {
    const { page, errors } = await openPanel();
    const points = Array.from({ length: 24 }, (_, i) => ({ ...sweep.points[0], params: { 'bulk.rate': (i + 1) * 1e9, 'overlay.priority': 'none' } }));
    await send(page, { type: 'show', results: [{ ...sweep, points }], file: '/work/examples/prism.hnet' });
    await settle(page);
    await recordLabels(page);
    await showView(page, 'sweep');
    // The x labels are centred under their values; each chart draws its own, left to right.
    const rates = (await drawnLabels(page)).filter((label) => / Gbps$/.test(label.text) && label.align === 'center');
    const chartStarts = rates.flatMap((label, i) => (i === 0 || label.x < rates[i - 1].x ? [i] : []));
    const firstChart = rates.slice(0, chartStarts[1] ?? rates.length);
    assert.ok(firstChart.length >= 6 && firstChart.length < 24, `x labels: ${firstChart.map((label) => label.text).join(', ')}`);
    for (let i = 1; i < firstChart.length; i++) {
      const gap = firstChart[i].x - firstChart[i].width / 2 - (firstChart[i - 1].x + firstChart[i - 1].width / 2);
      assert.ok(gap >= 0, `${firstChart[i - 1].text} and ${firstChart[i].text} overlap by ${-gap} px`);
    }
    await assertClean(page, errors);
    await page.close();
  });
});

describe('degenerate results', () => {
  test('zero delivered, null actual, no sweep, no baseline, no topology: every view explains itself', async () => {
    const { page, errors } = await openPanel('dark');
    await send(page, { type: 'show', results: [minimal] } satisfies ShowMessage);
    const expected: Record<ViewId, RegExp> = {
      summary: /rpc0 bps0 pps0/,
      cdf: /No packet was delivered/,
      timeseries: /no time series/,
      cores: /No core did any work/,
      stages: /no per-stage times/,
      sweep: /no sweep/,
      compare: /Nothing to compare with/,
      expects: /✗ failed.*not measured/,
      topology: /No topology to draw/,
    };
    for (const [view, text] of Object.entries(expected)) {
      await showView(page, view as ViewId);
      assert.match((await page.textContent('#view-panel')) ?? '', text, view);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'dark-minimal-expects.png'), fullPage: true });
    await assertClean(page, errors);
    await page.close();
  });

  test('a topology before any run draws unshaded, and the views wait for results', async () => {
    const { page, errors } = await openPanel('light');
    await send(page, { type: 'show', results: [], topology } satisfies ShowMessage);
    await showView(page, 'topology');
    assert.equal(await page.locator('#view-panel .stage.util-none').count(), 6);
    await showView(page, 'cdf');
    assert.match((await page.textContent('#view-panel')) ?? '', /No run yet/);
    await assertClean(page, errors);
    await page.close();
  });
});
