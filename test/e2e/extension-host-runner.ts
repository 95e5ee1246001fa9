// Runs a test suite inside code-server's Node extension host, as
// @vscode/test-electron does with a desktop VS Code: the workbench is opened
// with `extensionDevelopmentPath` and `extensionTestsPath` in its payload, the
// suite's `run()` is called, and the workbench reports the exit code through
// `window.codeAutomationExit`.
import { format } from 'node:util';
import type { ConsoleMessage, Page } from 'playwright-core';
import { folderUrl, launchBrowser } from './browser';
import { createProfile, startCodeServer, type CodeServer } from './code-server';

export interface ExtensionTestsOptions {
  /** Folder holding the extension's package.json. */
  extensionPath: string;
  /** The suite module (a `run(): Promise<void>` export), absolute, without `.js`. */
  testsPath: string;
  /** Folder to open as the workspace. */
  workspace: string;
  timeoutMs?: number;
  /** Where to save a screenshot when the run ends, if anywhere. */
  screenshot?: string;
}

export interface ExtensionTestsResult {
  exitCode: number;
  /** Console lines of the page, in order, formatted like Node's console. */
  output: string[];
}

export async function runExtensionTests(options: ExtensionTestsOptions): Promise<ExtensionTestsResult> {
  const server = await startCodeServer(await createProfile());
  const output: string[] = [];
  try {
    const browser = await launchBrowser();
    try {
      return await runInBrowser(browser.page, server, options, output);
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}

async function runInBrowser(
  page: Page,
  server: CodeServer,
  options: ExtensionTestsOptions,
  output: string[],
): Promise<ExtensionTestsResult> {
  let reportExit: (code: number) => void = () => {};
  const exitCode = new Promise<number>((resolveExit) => (reportExit = resolveExit));
  await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
  // Formatting is asynchronous: chain it so lines keep their order.
  let consoleDone = Promise.resolve();
  page.on('console', (message) => {
    consoleDone = consoleDone.then(async () => void output.push(await formatConsole(message)));
  });

  const remote = (path: string) => `vscode-remote://${server.authority}${path}`;
  await page.goto(
    folderUrl(server.url, options.workspace, [
      ['extensionDevelopmentPath', remote(options.extensionPath)],
      ['extensionTestsPath', remote(options.testsPath)],
    ]),
  );
  const timeoutMs = options.timeoutMs ?? 90_000;
  const code = await Promise.race([exitCode, timeout(timeoutMs)]);
  if (options.screenshot) await page.screenshot({ path: options.screenshot });
  await consoleDone;
  if (code === undefined) {
    output.push(`no exit code within ${timeoutMs} ms; code-server said:\n${server.log()}`);
    return { exitCode: 1, output };
  }
  return { exitCode: code, output };
}

/**
 * The workbench relays the extension host's console as
 * `('%c INFO', style, format, ...args)`: drop the first two and format the rest.
 */
async function formatConsole(message: ConsoleMessage): Promise<string> {
  const args = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => String(arg))));
  if (typeof args[0] === 'string' && args[0].startsWith('%c') && args.length > 2) return format(...args.slice(2));
  return message.text();
}

function timeout(ms: number): Promise<undefined> {
  return new Promise((resolveTimeout) => setTimeout(() => resolveTimeout(undefined), ms).unref());
}
