// What a run of one scenario reads, reduced to a digest: the tokens of the
// file and of every file it imports, without comments or layout, and without
// the blocks of the file's other scenarios. Results stay current while the
// digest is unchanged, so a comment, `Format Document` or an edit to another
// scenario leaves them fresh, and any edit a rerun would see makes them stale.
import { createHash } from 'node:crypto';
import { scan } from '../language/syntax/scanner';
import { TokenKind } from '../language/syntax/token-stream';
import type { Analysis, ParsedDocument } from '../language/workspace';
import type { Session } from './session';

/** Per parsed text (the workspace keeps one object per text): its digest with a given scenario kept (or '' for none). */
const digests = new WeakMap<ParsedDocument, Map<string, string>>();

/** The texts a run of a file reads: the file, analysed, and each file it imports as parsed then. */
export interface RunInputs {
  analysis: Analysis;
  imports: { uri: string; parsed: ParsedDocument | undefined }[];
}

/** The file's run inputs as the session has them now; undefined when it cannot be read. */
export function runInputs(session: Session, uri: string): RunInputs | undefined {
  const analysis = session.analysis(uri);
  if (!analysis) return undefined;
  return { analysis, imports: analysis.link.closure.map((other) => ({ uri: other, parsed: session.parsed(other) })) };
}

/** The digest of what a run of `scenario` reads from `inputs`. */
export function runFingerprint(inputs: RunInputs, scenario: string): string {
  const { analysis } = inputs;
  // A file without a scenario of that name ran its default one, which any new scenario replaces: keep them all.
  const own = analysis.symbols.some((symbol) => symbol.kind === 'scenario' && symbol.name === scenario);
  const parts = [digest(analysis, own ? scenario : undefined)];
  // Only the file's own scenarios run; an import's never do.
  for (const { uri, parsed } of inputs.imports) parts.push(uri, parsed ? digest(parsed, '') : 'missing');
  return createHash('sha256').update(parts.join('\n')).digest('base64');
}

/**
 * The digest of a document's tokens outside the scenario blocks not named
 * `kept` ('' drops every scenario, undefined keeps them all), each token as
 * its kind and text (a quantity as number and unit, however spaced).
 */
function digest(document: ParsedDocument, kept: string | undefined): string {
  const key = kept ?? '\0all';
  let cached = digests.get(document);
  const known = cached?.get(key);
  if (known !== undefined) return known;
  const skipped = kept === undefined ? [] : document.ast.blocks.filter((block) => block.keyword.text === 'scenario' && block.name?.text !== kept);
  const text = document.text;
  const { tokens } = scan(text);
  const written: string[] = [];
  let next = 0;
  for (let i = 0; i < tokens.count; i++) {
    const start = tokens.starts[i];
    while (next < skipped.length && skipped[next].span.end <= start) next++;
    if (next < skipped.length && skipped[next].span.start <= start) continue;
    const kind = tokens.kinds[i];
    written.push(`${kind} ${kind === TokenKind.Quantity ? text.slice(start, tokens.numberEnds[i]) + tokens.texts[i] : text.slice(start, tokens.ends[i])}`);
  }
  const result = createHash('sha256').update(written.join('\n')).digest('base64');
  if (!cached) digests.set(document, (cached = new Map()));
  cached.set(key, result);
  return result;
}
