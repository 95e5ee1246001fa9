// A shorter fuzz over stdio against the bundled server: seeded random edits
// sent as fast as the pipe takes them, each followed by a random request
// without waiting for the answer. Every request must be answered (with a
// result, not an error), the server must stay up, and the last diagnostics
// must be for the last text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, it } from 'node:test';
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  SemanticTokensRequest,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from '../protocol/client';
import { Random, randomEdit } from './edits';

const EDITS = 400;
const SEED = 7;
const example = join(import.meta.dirname, '..', '..', '..', '..', 'examples', 'quickstart.hnet');

let client: TestClient;
before(async () => {
  client = await TestClient.start();
});
after(() => client.kill());

it(`answers every request during ${EDITS} random edits`, async () => {
  const uri = pathToFileURL(join(import.meta.dirname, 'fuzzed.hnet')).toString();
  let text = readFileSync(example, 'utf8');
  await client.open(uri, text);
  const random = new Random(SEED);
  const doc = { textDocument: { uri } };
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < EDITS; i++) {
    const edit = randomEdit(random, text);
    text = edit.text;
    void client.change(uri, [edit.change]);
    const lines = TextDocument.create(uri, 'hostnet', 0, text);
    const position = lines.positionAt(random.int(text.length + 1));
    const everything = { start: { line: 0, character: 0 }, end: lines.positionAt(text.length) };
    const requests = [
      () => client.connection.sendRequest(CompletionRequest.type, { ...doc, position }),
      () => client.connection.sendRequest(HoverRequest.type, { ...doc, position }),
      () => client.connection.sendRequest(DefinitionRequest.type, { ...doc, position }),
      () => client.connection.sendRequest(DocumentSymbolRequest.type, doc),
      () => client.connection.sendRequest(FoldingRangeRequest.type, doc),
      () => client.connection.sendRequest(SemanticTokensRequest.type, doc),
      () => client.connection.sendRequest(DocumentFormattingRequest.type, { ...doc, options: { tabSize: 2, insertSpaces: true } }),
      () => client.connection.sendRequest(CodeActionRequest.type, { ...doc, range: everything, context: { diagnostics: [] } }),
      () => client.connection.sendRequest(CodeLensRequest.type, doc),
      () => client.connection.sendRequest(InlayHintRequest.type, { ...doc, range: everything }),
    ];
    pending.push(random.pick(requests)());
  }
  const answers = await Promise.allSettled(pending);
  const failed = answers.filter((answer) => answer.status === 'rejected');
  assert.deepEqual(failed, [], client.serverStderr);
  assert.equal(answers.length, EDITS);
  await client.waitForDiagnostics(uri, (_, params) => params.version === EDITS + 1);
  assert.equal(client.process.exitCode, null, 'the server is still running');
});
