// The bundled language server (dist/server.js) as an editor starts it: its
// own process over stdio, initialized on a workspace folder. For the benches
// that measure what ships.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  InitializedNotification,
  InitializeRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

export interface BundledServer {
  client: ProtocolConnection;
  /** The server process's resident memory now, bytes (Linux: /proc), or undefined where it cannot be read. */
  rss(): number | undefined;
  dispose(): void;
}

/** Starts and initializes the bundled server on `folder`; undefined when dist/server.js is missing. */
export async function startBundledServer(folder: string): Promise<BundledServer | undefined> {
  const bundle = join(__dirname, '..', 'dist', 'server.js');
  if (!existsSync(bundle)) return undefined;
  const child = spawn(process.execPath, [bundle, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const client = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  client.listen();
  const server: BundledServer = {
    client,
    rss: () => {
      const status = `/proc/${child.pid}/status`;
      if (!existsSync(status)) return undefined;
      return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'))?.[1] ?? NaN) * 1024;
    },
    dispose: () => {
      client.dispose();
      child.kill();
    },
  };
  try {
    const rootUri = pathToFileURL(folder).toString();
    await client.sendRequest(InitializeRequest.type, { processId: null, rootUri, capabilities: {}, workspaceFolders: [{ uri: rootUri, name: 'bench' }] });
    await client.sendNotification(InitializedNotification.type, {});
    return server;
  } catch (error) {
    server.dispose();
    throw error;
  }
}
