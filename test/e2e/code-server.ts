// Runs code-server 4.100.3 (the VS Code 1.100.3 workbench with a Node
// extension host) from .cache/code-server, installed there by
// scripts/e2e/install-code-server.sh. Every instance gets throw-away folders,
// so nothing lands in the home folder and runs cannot see each other.
import { spawn, execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
const ENTRY = join(REPO_ROOT, '.cache/code-server/node_modules/code-server/out/node/entry.js');
const INSTALL_STAMP = join(REPO_ROOT, '.cache/code-server/installed-version');
const START_TIMEOUT_MS = 30_000;

/** Why the real-editor tests cannot run here, or undefined when they can. */
export function missingCodeServer(): string | undefined {
  if (existsSync(ENTRY) && existsSync(INSTALL_STAMP) && existsSync('/usr/bin/chromium')) return undefined;
  return 'code-server or chromium is not installed: run scripts/e2e/install-code-server.sh (CI does so in .ci/run)';
}

/** The folders of one code-server instance. */
export interface Profile {
  root: string;
  port: number;
  config: string;
  userDataDir: string;
  extensionsDir: string;
  env: NodeJS.ProcessEnv;
}

const WORKBENCH_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
};

/** Throw-away folders and a config for one instance; `settings` are added to the user settings. */
export async function createProfile(settings: Record<string, unknown> = {}): Promise<Profile> {
  const root = await mkdtemp(join(tmpdir(), 'hostnet-code-server-'));
  const profile: Profile = {
    root,
    port: await freePort(),
    config: join(root, 'config.yaml'),
    userDataDir: join(root, 'user-data'),
    extensionsDir: join(root, 'extensions'),
    env: { ...process.env, XDG_CONFIG_HOME: join(root, 'xdg-config'), XDG_DATA_HOME: join(root, 'xdg-data') },
  };
  await writeFile(profile.config, `bind-addr: 127.0.0.1:${profile.port}\nauth: none\ncert: false\n`);
  await mkdir(join(profile.userDataDir, 'User'), { recursive: true });
  await writeFile(join(profile.userDataDir, 'User/settings.json'), JSON.stringify({ ...WORKBENCH_SETTINGS, ...settings }, null, 2));
  return profile;
}

function profileArgs(profile: Profile): string[] {
  return ['--config', profile.config, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];
}

export async function installExtension(profile: Profile, vsix: string): Promise<void> {
  await promisify(execFile)(process.execPath, [ENTRY, ...profileArgs(profile), '--install-extension', vsix], {
    env: profile.env,
  });
}

export interface CodeServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** The host:port the workbench uses as the remote authority of `vscode-remote://` URIs. */
  authority: string;
  /** What code-server printed, for failure messages. */
  log(): string;
  /** Ends the whole process group, then deletes the profile's folders. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Keep VS Code's workspace trust on (default off: every folder is trusted). */
  workspaceTrust?: boolean;
}

/** Starts code-server in its own process group and resolves once /healthz answers. */
export async function startCodeServer(profile: Profile, options: StartOptions = {}): Promise<CodeServer> {
  const args = [
    ...profileArgs(profile),
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
  ];
  // detached: the server runs under setsid, so stopping the group also ends the
  // extension host and file watchers it spawned.
  const child = spawn(process.execPath, [ENTRY, ...args], { env: profile.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));

  const authority = `127.0.0.1:${profile.port}`;
  const url = `http://${authority}`;
  const server: CodeServer = {
    url,
    authority,
    log: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        killGroup(child.pid!, 'SIGTERM');
        // An unreferenced timer, so a prompt exit does not leave the test process waiting on it.
        const stopped = await Promise.race([exited.then(() => true), sleep(5_000, false, { ref: false })]);
        if (!stopped) killGroup(child.pid!, 'SIGKILL');
      }
      // Children of the group may outlive the server's own process.
      killGroup(child.pid!, 'SIGKILL');
      await rm(profile.root, { recursive: true, force: true });
    },
  };
  try {
    await waitForHealth(url, exited);
  } catch (error) {
    await server.stop();
    throw new Error(`code-server did not start: ${(error as Error).message}\n${output}`);
  }
  return server;
}

async function waitForHealth(url: string, exited: Promise<void>): Promise<void> {
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasExited) throw new Error('the process exited');
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`no answer on ${url}/healthz within ${START_TIMEOUT_MS} ms`);
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
