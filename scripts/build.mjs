// One build for every bundle: the extension client, the language server, the
// simulator worker, the CLI, the extension-host test suite (Node, CommonJS) and
// the results-panel code (browser).
// `--production` minifies; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const node = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  external: ['vscode'],
  logLevel: 'warning',
};

const entries = [
  { ...node, entryPoints: { client: 'client/extension.ts' } },
  { ...node, entryPoints: { server: 'server/lsp/main.ts' } },
  { ...node, entryPoints: { worker: 'simulator/worker.ts' } },
  { ...node, entryPoints: { cli: 'server/cli/main.ts' } },
  { ...node, entryPoints: { 'test-suite/index': 'client/test-suite/index.ts' } },
  {
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    entryPoints: { webview: 'client/webview/main.ts' },
    loader: { '.css': 'css' },
  },
].filter((options) => Object.values(options.entryPoints).every((file) => existsSync(file)));

const contexts = await Promise.all(entries.map((options) => esbuild.context({ ...options, outdir: 'dist' })));
if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
}
