// Running every scenario of an example at once, and the claim that all of
// its `expect`s hold (what `hostnet run` checks), shared by the systems.
import { readFileSync } from 'node:fs';
import type { Results } from '../../simulator/results';
import type { Claim } from './claims';
import { EXAMPLES, failedExpects, scenario } from './harness';

/** The scenario names of a .hnet file, in order. */
export function scenarioNames(file: URL): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^scenario\s+([A-Za-z_][\w-]*)/gm)].map((m) => m[1]);
}

/** Every scenario of examples/`name`, by scenario name. */
export async function runExample(name: string): Promise<Record<string, Results>> {
  const file = new URL(name, EXAMPLES);
  const out: Record<string, Results> = {};
  for (const scenarioName of scenarioNames(file)) out[scenarioName] = await scenario(file, scenarioName);
  return out;
}

/** The claim that every `expect` of the example holds at every point. */
export function expectsHold<M>(example: string, runs: (m: M) => Record<string, Results>): Claim<M> {
  return {
    id: `every expect of ${example} holds`,
    claim: `\`hostnet run examples/${example}\` exits 0`,
    target: 'no failed expect',
    evaluate(m) {
      const failed = Object.values(runs(m)).flatMap(failedExpects);
      const count = Object.values(runs(m)).reduce((sum, r) => sum + r.points.reduce((n, p) => n + p.expects.length, 0), 0);
      return { measured: failed.length === 0 ? `${count} expects hold` : failed.join('; '), holds: failed.length === 0 };
    },
  };
}
