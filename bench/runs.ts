// Runs as the editor asks for them: `hostnet/run` requests to the bundled
// language server (dist/server.js, over stdio), the same scenario several
// times in a row. The first run starts the server's run thread and its
// simulation workers and warms them up; later runs find them kept and warm.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { RunRequest } from '../server/lsp/protocol';

const REPEATS = 4;
const ROOT = join(__dirname, '..');
/** A single point, and a sweep of several points on two workers. */
const RUNS = [
  { file: 'examples/quickstart.hnet', scenario: 'quickstart' },
  { file: 'examples/prism.hnet', scenario: 'under_load' },
];

export async function benchRuns(): Promise<void> {
  const bundle = join(ROOT, 'dist', 'server.js');
  if (!existsSync(bundle)) {
    console.log('runs skipped: dist/server.js is missing (npm run build)');
    return;
  }
  console.log(`hostnet/run on the bundled language server, ${REPEATS} runs in a row (load average ${loadavg()[0].toFixed(1)})`);
  const child = spawn(process.execPath, [bundle, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const client = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  client.listen();
  try {
    const rootUri = pathToFileURL(ROOT).toString();
    await client.sendRequest(InitializeRequest.type, { processId: null, rootUri, capabilities: {}, workspaceFolders: [{ uri: rootUri, name: 'hostnet' }] });
    await client.sendNotification(InitializedNotification.type, {});
    for (const { file, scenario } of RUNS) {
      const uri = pathToFileURL(join(ROOT, file)).toString();
      await client.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'hostnet', version: 1, text: readFileSync(join(ROOT, file), 'utf8') },
      });
      const times: number[] = [];
      let points = 0;
      for (let i = 0; i < REPEATS; i++) {
        const start = performance.now();
        const results = await client.sendRequest(RunRequest, { uri, scenario, workers: 2 });
        times.push(performance.now() - start);
        points = results.points.length;
      }
      const later = times.slice(1).map((ms) => ms.toFixed(0)).join(', ');
      console.log(`  ${file} scenario ${scenario} (${points} point${points === 1 ? '' : 's'}, 2 workers): first run ${times[0].toFixed(0)} ms, ` +
        `then ${later} ms on the kept, warm run thread`);
    }
    if (existsSync(`/proc/${child.pid}/status`)) {
      const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? NaN);
      console.log(`  server RSS with the run thread and its two simulation workers kept: ${(kb / 1024).toFixed(0)} MB`);
    }
  } finally {
    client.dispose();
    child.kill();
  }
}
