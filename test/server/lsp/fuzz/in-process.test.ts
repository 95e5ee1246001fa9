// 10,000 seeded random edits of the examples, each followed by every
// feature at a random place, in-process: nothing throws, nothing is left
// rejected, and the editor's text always matches the edits.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { it } from 'node:test';
import type { Position } from 'vscode-languageserver';
import { LineIndex } from '../../../../server/language/syntax/text';
import { codeActions } from '../../../../server/lsp/code-actions';
import { codeLenses } from '../../../../server/lsp/code-lens';
import { completion } from '../../../../server/lsp/completion';
import { definition } from '../../../../server/lsp/definition';
import { foldingRanges } from '../../../../server/lsp/folding';
import { formatDocument } from '../../../../server/lsp/formatting';
import { hover } from '../../../../server/lsp/hover';
import { inlayHints } from '../../../../server/lsp/inlay-hints';
import { references } from '../../../../server/lsp/references';
import { prepareRename, rename } from '../../../../server/lsp/rename';
import { semanticTokens } from '../../../../server/lsp/semantic-tokens';
import { Session } from '../../../../server/lsp/session';
import { documentSymbols, workspaceSymbols } from '../../../../server/lsp/symbols';
import { topology } from '../../../../server/lsp/topology';
import { Random, randomEdit } from './edits';

const EDITS = 10_000;
const SEED = 20240611;
const examplesDir = join(import.meta.dirname, '..', '..', '..', '..', 'examples');

it(`survives ${EDITS} random edits of the examples`, () => {
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  process.on('unhandledRejection', onRejection);
  try {
    const random = new Random(SEED);
    const session = new Session();
    const files = readdirSync(examplesDir).filter((name) => name.endsWith('.hnet'));
    const texts = new Map(files.map((name) => [pathToFileURL(join(examplesDir, name)).toString(), readFileSync(join(examplesDir, name), 'utf8')]));
    for (const [uri, text] of texts) session.didOpen(uri, 1, text);
    const uris = [...texts.keys()];
    let version = 1;
    for (let i = 0; i < EDITS; i++) {
      const uri = random.pick(uris);
      if (i > 0 && i % 500 === 0) {
        // Now and then start over from the example, so the text keeps some shape.
        texts.set(uri, readFileSync(new URL(uri), 'utf8'));
        session.didChange(uri, ++version, [{ text: texts.get(uri)! }]);
      }
      const { change, text } = randomEdit(random, texts.get(uri)!);
      texts.set(uri, text);
      session.didChange(uri, ++version, [change]);
      assert.equal(session.documents.text(uri), text, `edit ${i}: the document diverged from the edits`);
      exercise(session, uri, text, random, i);
    }
  } finally {
    process.off('unhandledRejection', onRejection);
  }
  assert.deepEqual(rejections, []);
});

function exercise(session: Session, uri: string, text: string, random: Random, i: number): void {
  const lines = new LineIndex(text);
  const position: Position = lines.position(random.int(text.length + 1));
  const doc = { textDocument: { uri } };
  const at = { ...doc, position };
  const everything = { start: { line: 0, character: 0 }, end: lines.position(text.length) };
  const calls: [string, () => unknown][] = [
    ['diagnostics', () => session.diagnostics(uri)],
    ['completion', () => completion(session, at)],
    ['hover', () => hover(session, at)],
    ['definition', () => definition(session, at)],
    ['references', () => references(session, { ...at, context: { includeDeclaration: true } })],
    ['prepareRename', () => prepareRename(session, at)],
    ['documentSymbols', () => documentSymbols(session, doc)],
    ['folding', () => foldingRanges(session, doc)],
    ['semanticTokens', () => semanticTokens(session, doc)],
    ['formatting', () => formatDocument(session, { ...doc, options: { tabSize: 2, insertSpaces: true } })],
    ['codeActions', () => codeActions(session, { ...doc, range: everything, context: { diagnostics: [] } })],
    ['codeLens', () => codeLenses(session, doc)],
    ['inlayHints', () => inlayHints(session, { ...doc, range: everything })],
    ['topology', () => topology(session, { uri })],
  ];
  if (i % 50 === 0) calls.push(['workspaceSymbols', () => workspaceSymbols(session, { query: 'a' })]);
  for (const [name, call] of calls) {
    try {
      const answer = call();
      assert.notEqual(answer, undefined, `${name} answered undefined`);
    } catch (error) {
      throw new Error(`edit ${i}: ${name} threw at ${JSON.stringify(position)}: ${error instanceof Error ? error.stack : error}\n--- text ---\n${text}`);
    }
  }
  if (i % 97 === 0) tryRename(session, at, i, text);
}

/** Rename either succeeds or refuses with a ResponseError; nothing else. */
function tryRename(session: Session, at: { textDocument: { uri: string }; position: Position }, i: number, text: string): void {
  try {
    rename(session, { ...at, newName: 'renamed' });
  } catch (error) {
    if ((error as { code?: unknown }).code === undefined) throw new Error(`edit ${i}: rename threw ${String(error)}\n${text}`);
  }
}
