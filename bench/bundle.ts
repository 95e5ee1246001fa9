// Loads TypeScript modules as they ship: bundled by esbuild (CommonJS for
// Node 20, as scripts/build.mjs builds dist/) into a temporary folder. Run
// through tsx instead, every imported binding is a getter call, which slows
// the language layer's hot loops down by about half again.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Bundles each entry (a path from the repository root) and returns the loaded modules by name. */
export async function loadBundled<T extends Record<string, unknown>>(entries: { [Name in keyof T]: string }): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'hostnet-bench-'));
  try {
    const root = join(__dirname, '..');
    const entryPoints = Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, join(root, path as string)]));
    await build({ entryPoints, outdir: dir, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
    const modules: Record<string, unknown> = {};
    for (const name of Object.keys(entries)) modules[name] = require(join(dir, `${name}.js`));
    return modules as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
