// Runs the built CLI (dist/cli.js, as `npm start` and the package ship it) in
// a fresh temporary folder holding copies of the fixtures, so the paths it
// prints are the fixtures' names and files it writes stay there.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(import.meta.dirname, '../../../dist/cli.js');
const FIXTURES = join(import.meta.dirname, 'fixtures');

/** Skips a test file when the CLI has not been built (npm test builds it first). */
export const needsCli = existsSync(CLI) ? false : 'dist/cli.js is not built (run `node scripts/build.mjs`)';

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliFolder {
  /** The folder, with the fixtures copied in. */
  dir: string;
  hostnet(...args: string[]): Ran;
  remove(): void;
}

export function cliFolder(): CliFolder {
  const dir = mkdtempSync(join(tmpdir(), 'hostnet-cli-'));
  cpSync(FIXTURES, dir, { recursive: true });
  return {
    dir,
    hostnet: (...args) => {
      const run = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      return { status: run.status, stdout: run.stdout, stderr: run.stderr };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
