// `hostnet run FILE`: lower, simulate every scenario (sweep points in
// parallel), print a summary table per scenario; progress on stderr.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { toCsv } from '../../simulator';
import type { Results } from '../../simulator/results';
import { pathToUri } from '../language/uri';
import { Workspace } from '../language/workspace';
import { lowerForRun, NotRunnable, simulateScenario } from '../runner';
import { parseArgs, UsageError } from './args';
import { isFolder } from './files';
import { createProgress } from './progress';
import { formatResultsTable } from './table';

const VALUED = ['scenario', 'json', 'csv', 'seed', 'workers', 'max-events', 'max-seconds'];

export async function runCommand(argv: string[]): Promise<number> {
  const { positionals, options } = parseArgs(argv, { valued: VALUED });
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'no file given' : 'give one file');
  const text = (name: string) => (typeof options.get(name) === 'string' ? (options.get(name) as string) : undefined);
  const seed = optionalNumber(text('seed'), 'seed', { integer: true, least: 0 });
  const workers = optionalNumber(text('workers'), 'workers', { integer: true, least: 1 });
  const budget = {
    maxEvents: optionalNumber(text('max-events'), 'max-events', { integer: true, least: 1 }),
    maxWallSeconds: optionalNumber(text('max-seconds'), 'max-seconds', { integer: false, least: 0 }),
  };

  if (isFolder(positionals[0])) throw new UsageError(`${positionals[0]} is a folder: give one .hnet file`);
  const uri = pathToUri(resolve(positionals[0]));
  let scenarios;
  try {
    scenarios = lowerForRun(new Workspace(), uri, text('scenario'));
  } catch (error) {
    if (!(error instanceof NotRunnable)) throw error;
    console.error(`hostnet run: ${error.message}`);
    return 2;
  }

  // Ctrl-C stops the simulation (workers included) and reports it.
  const abort = new AbortController();
  const onInterrupt = () => abort.abort();
  process.once('SIGINT', onInterrupt);
  const progress = createProgress();
  const all: Results[] = [];
  try {
    for (const scenario of scenarios) {
      const results = await simulateScenario(scenario, {
        seed,
        workers,
        budget,
        uri,
        signal: abort.signal,
        onProgress: (done, total, fraction) => progress.update(scenario.name, fraction, total > 1 ? `${done}/${total} points` : undefined),
      });
      progress.done();
      all.push(results);
      console.log(formatResultsTable(results));
      console.log('');
    }
  } catch (error) {
    progress.done();
    console.error(`hostnet run: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  } finally {
    process.off('SIGINT', onInterrupt);
  }

  try {
    writeOutputs(all, text('json'), text('csv'));
  } catch (error) {
    console.error(`hostnet run: cannot write the results: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const failed = all.flatMap((r) => r.points.flatMap((p) => p.expects)).filter((e) => !e.pass).length;
  if (failed > 0) console.error(`${failed} expectation${failed === 1 ? '' : 's'} failed`);
  return failed > 0 ? 1 : 0;
}

function writeOutputs(all: Results[], json: string | undefined, csv: string | undefined): void {
  if (json) {
    mkdirSync(dirname(resolve(json)), { recursive: true });
    writeFileSync(json, JSON.stringify(all.length === 1 ? all[0] : all, null, 2) + '\n');
  }
  if (csv) {
    mkdirSync(csv, { recursive: true });
    for (const results of all) {
      const prefix = all.length > 1 ? `${results.scenario}-` : '';
      for (const table of toCsv(results)) writeFileSync(join(csv, prefix + table.name), table.text);
    }
  }
}

function optionalNumber(value: string | undefined, name: string, kind: { integer: boolean; least: number }): number | undefined {
  if (value === undefined) return undefined;
  const number = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(number) || number < kind.least || (kind.integer && !Number.isInteger(number))) {
    const what = kind.integer ? (kind.least > 0 ? 'a positive whole number' : 'a whole number, 0 or more') : 'a number, 0 or more';
    throw new UsageError(`--${name} must be ${what}, got \`${value}\``);
  }
  return number;
}
