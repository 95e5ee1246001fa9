// Inline results are the language server's inlay hints (server/lsp/inlay-hints.ts):
// after a run it adds, beside each `traffic` and `expect` line, hints of kind
// Type with the measured figures (marked stale by the server once the text
// that run read has changed); hints of kind Parameter show defaults. The
// client only decides whether the run's hints show. No VS Code import.

/** `InlayHintKind.Type`, the same number in LSP and in VS Code. */
const RESULT_HINT_KIND = 1;

/** The part of `vscode.InlayHint` this module touches. */
export interface HintLike {
  kind?: number;
  label: string | { value: string }[];
}

/** The hints to show: all of them, or with `hostnet.inlineResults.enabled` off only the defaults. */
export function presentHints<H extends HintLike>(hints: readonly H[], show: boolean): H[] {
  return show ? [...hints] : hints.filter((hint) => !isResultHint(hint));
}

function isResultHint(hint: HintLike): boolean {
  return hint.kind === RESULT_HINT_KIND;
}
