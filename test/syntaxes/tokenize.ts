// Tokenizes .hnet text with the generated grammar through vscode-textmate, the
// engine VS Code itself uses (reached through vscode-tmgrammar-test, our dev dependency).
import { createRegistry } from 'vscode-tmgrammar-test/dist/common/index.js';
import { GRAMMAR_PATH } from '../../scripts/gen-grammar';

export interface Token {
  text: string;
  /** Outermost first; always starts with `source.hnet`. */
  scopes: string[];
}

export type Tokenizer = (text: string) => Token[][];

/** Loads the grammar once; the returned function tokenizes a whole text, line by line. */
export async function loadTokenizer(): Promise<Tokenizer> {
  const registry = createRegistry([{ path: GRAMMAR_PATH, scopeName: 'source.hnet' }]);
  const grammar = await registry.loadGrammar('source.hnet');
  if (!grammar) throw new Error(`cannot load ${GRAMMAR_PATH}`);
  return (text) => {
    let state = null;
    const lines: Token[][] = [];
    for (const line of text.split(/\r?\n/)) {
      const result = grammar.tokenizeLine(line, state);
      state = result.ruleStack;
      lines.push(result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes })));
    }
    return lines;
  };
}
