// Inline results are the language server's inlay hints (server/lsp/inlay-hints.ts):
// after a run it adds, beside each `traffic` and `expect` line, hints of kind
// Type with the measured figures; hints of kind Parameter show defaults. The
// client only decides how the run's hints show: hidden when the setting is
// off, marked stale once the file changed after the run. No VS Code import.

/** `InlayHintKind.Type`, the same number in LSP and in VS Code. */
export const RESULT_HINT_KIND = 1;

export const STALE_PREFIX = '(stale) ';
export const STALE_TOOLTIP = 'From a run of an earlier version of this file: run it again to update.';

/** The part of `vscode.InlayHint` this module touches. */
export interface HintLike {
  kind?: number;
  label: string | { value: string }[];
  tooltip?: unknown;
}

export interface InlineOptions {
  /** The `hostnet.inlineResults.enabled` setting. */
  show: boolean;
  /** The document changed since its latest run. */
  stale: boolean;
}

/** The hints to show: the run's hints dropped or marked stale as the options say; the others untouched. */
export function presentHints<H extends HintLike>(hints: readonly H[], options: InlineOptions): H[] {
  if (!options.show) return hints.filter((hint) => !isResultHint(hint));
  if (!options.stale) return [...hints];
  return hints.map((hint) => (isResultHint(hint) ? markStale(hint) : hint));
}

export function isResultHint(hint: HintLike): boolean {
  return hint.kind === RESULT_HINT_KIND;
}

function markStale<H extends HintLike>(hint: H): H {
  if (typeof hint.label === 'string') hint.label = STALE_PREFIX + hint.label;
  else if (hint.label.length > 0) hint.label[0].value = STALE_PREFIX + hint.label[0].value;
  hint.tooltip = STALE_TOOLTIP;
  return hint;
}
