// `npm run bench`: every benchmark, printed as figures against their targets.
// `npm run bench -- parse simulator` runs only those.
import { benchAnalyze } from './analyze';
import { benchLsp } from './lsp';
import { benchParse } from './parse';
import { benchRuns } from './runs';
import { benchSimulator } from './simulator';

const benches: Record<string, () => Promise<void>> = {
  parse: benchParse,
  analyze: benchAnalyze,
  lsp: benchLsp,
  simulator: benchSimulator,
  runs: benchRuns,
};

async function main(chosen: string[]): Promise<void> {
  for (const [name, bench] of Object.entries(benches)) {
    if (chosen.length > 0 && !chosen.includes(name)) continue;
    console.log(`\n== ${name} ==`);
    await bench();
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  process.exit(1);
});
