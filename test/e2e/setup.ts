// What every real-editor test checks first, and the throw-away workspaces they open.
import { existsSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingCodeServer, REPO_ROOT } from './code-server';

export const SCREENSHOTS = join(REPO_ROOT, 'test-results/e2e');

/** Why tests that need the language server are skipped, or undefined once it is built. */
export const serverMissing = existsSync(join(REPO_ROOT, 'dist/server.js'))
  ? undefined
  : 'needs the language server: dist/server.js is not built yet (server/lsp/main.ts missing)';

/** Throws, saying what to run, unless code-server, Chromium and the given dist/ bundles are there. */
export function assertReady(...bundles: string[]): void {
  const problems = [missingCodeServer()];
  for (const bundle of bundles) {
    if (!existsSync(join(REPO_ROOT, 'dist', bundle))) problems.push(`dist/${bundle} is missing: run npm run build`);
  }
  const found = problems.filter((problem) => problem !== undefined);
  if (found.length > 0) throw new Error(found.join('\n'));
}

/** A temporary copy of `folder`, so tests may edit files freely. */
export async function copyToTemp(folder: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'hostnet-workspace-'));
  await cp(folder, copy, { recursive: true });
  return copy;
}
