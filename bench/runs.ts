// Runs as the editor asks for them: `hostnet/run` requests to the bundled
// language server (dist/server.js, over stdio), the same scenario several
// times in a row. The first run starts the server's run thread and its
// simulation workers and warms them up; later runs find them kept and warm.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { RunRequest } from '../server/lsp/protocol';
import { startBundledServer } from './bundled-server';

const REPEATS = 4;
const ROOT = join(__dirname, '..');
/** A single point, and a sweep of several points on two workers. */
const RUNS = [
  { file: 'examples/quickstart.hnet', scenario: 'quickstart' },
  { file: 'examples/prism.hnet', scenario: 'under_load' },
];

export async function benchRuns(): Promise<void> {
  const server = await startBundledServer(ROOT);
  if (!server) {
    console.log('runs skipped: dist/server.js is missing (npm run build)');
    return;
  }
  console.log(`hostnet/run on the bundled language server, ${REPEATS} runs in a row (load average ${loadavg()[0].toFixed(1)})`);
  try {
    for (const { file, scenario } of RUNS) {
      const uri = pathToFileURL(join(ROOT, file)).toString();
      await server.client.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'hostnet', version: 1, text: readFileSync(join(ROOT, file), 'utf8') },
      });
      const times: number[] = [];
      let points = 0;
      for (let i = 0; i < REPEATS; i++) {
        const start = performance.now();
        const results = await server.client.sendRequest(RunRequest, { uri, scenario, workers: 2 });
        times.push(performance.now() - start);
        points = results.points.length;
      }
      const later = times.slice(1).map((ms) => ms.toFixed(0)).join(', ');
      console.log(`  ${file} scenario ${scenario} (${points} point${points === 1 ? '' : 's'}, 2 workers): first run ${times[0].toFixed(0)} ms, ` +
        `then ${later} ms on the kept, warm run thread`);
    }
    const rss = server.rss();
    if (rss !== undefined) console.log(`  server RSS with the run thread and its two simulation workers kept: ${(rss / 2 ** 20).toFixed(0)} MB`);
  } finally {
    server.dispose();
  }
}
