// A "Run" lens on each scenario ("Run sweep (N points)" where it sweeps),
// and one for the default scenario of a file that has traffic but no
// scenario. The client implements the command (`hostnet.runScenario`,
// arguments `[uri, scenarioName]`).
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { DEFAULT_SCENARIO } from '../language/lower';
import { properties, type Block } from '../language/syntax/ast';
import { RUN_SCENARIO_COMMAND } from './protocol';
import { spanToRange } from './positions';
import type { Session } from './session';

export function codeLenses(session: Session, params: CodeLensParams): CodeLens[] {
  const uri = params.textDocument.uri;
  const parsed = session.parsed(uri);
  if (!parsed) return [];
  const scenarios = parsed.ast.blocks.filter((block) => block.keyword.text === 'scenario' && block.name);
  const lenses: CodeLens[] = scenarios.map((scenario) => {
    const points = sweepPoints(scenario);
    const title = points > 1 ? `▶ Run sweep (${points} points)` : '▶ Run';
    return {
      range: spanToRange(parsed.lines, scenario.name!.span),
      command: { title, command: RUN_SCENARIO_COMMAND, arguments: [uri, scenario.name!.text] },
    };
  });
  const traffic = parsed.ast.blocks.find((block) => block.keyword.text === 'traffic' && block.name);
  if (scenarios.length === 0 && traffic) {
    lenses.push({
      range: spanToRange(parsed.lines, traffic.keyword.span),
      command: { title: '▶ Run (default scenario: 10 ms, all traffic)', command: RUN_SCENARIO_COMMAND, arguments: [uri, DEFAULT_SCENARIO] },
    });
  }
  return lenses;
}

/** The size of a scenario's sweep cross product as written (1 without a sweep). */
export function sweepPoints(scenario: Block): number {
  const sweep = scenario.items.find((item): item is Block => item.type === 'Block' && item.keyword.text === 'sweep');
  if (!sweep) return 1;
  return properties(sweep).reduce((product, p) => product * (p.value?.type === 'List' ? Math.max(1, p.value.items.length) : 1), 1);
}
