// Loads TypeScript modules as they ship: bundled by esbuild (CommonJS for
// Node 20, as scripts/build.mjs builds dist/) into a temporary folder. Run
// through tsx instead, every imported binding is a getter call, which slows
// the language layer's hot loops down by about half again.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Bundles each entry (a path from the repository root) into a temporary
 * folder and passes the bundles' paths by name to `use`; the folder is
 * removed when `use` settles.
 */
export async function withBundles<R>(entries: Record<string, string>, use: (files: Record<string, string>) => R | Promise<R>): Promise<R> {
  const dir = mkdtempSync(join(tmpdir(), 'hostnet-bench-'));
  try {
    const root = join(__dirname, '..');
    const entryPoints = Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, join(root, path)]));
    await build({ entryPoints, outdir: dir, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
    return await use(Object.fromEntries(Object.keys(entries).map((name) => [name, join(dir, `${name}.js`)])));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bundles each entry (a path from the repository root) and returns the loaded modules by name. */
export function loadBundled<T extends Record<string, unknown>>(entries: { [Name in keyof T]: string }): Promise<T> {
  return withBundles(entries as Record<string, string>, (files) =>
    Object.fromEntries(Object.entries(files).map(([name, file]) => [name, require(file)])) as T);
}
