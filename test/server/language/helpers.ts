// Test helpers for the language layer: an in-memory workspace and ways to
// talk about spans by line and text.
import { Workspace, type Analysis } from '../../../server/language/workspace';
import type { Span } from '../../../server/language/syntax/ast';

export const ROOT = 'file:///project/';

/** A workspace over in-memory files named relative to ROOT; `files` may be changed to simulate the disk. */
export function memoryWorkspace(files: Record<string, string>): { workspace: Workspace; uri: (name: string) => string; files: Record<string, string> } {
  const uri = (name: string) => new URL(name, ROOT).toString();
  const workspace = new Workspace({
    read: (target) => {
      const name = target.startsWith(ROOT) ? target.slice(ROOT.length) : undefined;
      return name !== undefined ? files[name] : undefined;
    },
  });
  return { workspace, uri, files };
}

/** Analyses `main.hnet` (plus any other files) and returns its analysis. */
export function analyzeText(text: string, others: Record<string, string> = {}): Analysis {
  const { workspace, uri } = memoryWorkspace({ 'main.hnet': text, ...others });
  return workspace.analyze(uri('main.hnet'))!;
}

export function spanText(analysis: { text: string }, span: Span): string {
  return analysis.text.slice(span.start, span.end);
}

/** 1-based line of a span. */
export function lineOf(analysis: Analysis, span: Span): number {
  return analysis.lines.position(span.start).line + 1;
}

/** `CODE@line` for each diagnostic, for compact assertions. */
export function codes(analysis: Analysis): string[] {
  return analysis.diagnostics.map((d) => `${d.code}@${lineOf(analysis, d.span)}`);
}
