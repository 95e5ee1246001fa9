// Syntax errors, collected up to a limit: random bytes or a pasted binary would
// otherwise give tens of thousands, and nobody reads past the first screen.

import type { Span, SyntaxError } from './ast';

export const MAX_ERRORS = 100;

export class ErrorCollector {
  readonly kept: SyntaxError[] = [];
  /** How many errors were reported beyond the limit. */
  dropped = 0;

  get total(): number {
    return this.kept.length + this.dropped;
  }

  add(span: Span, message: string): void {
    if (this.kept.length < MAX_ERRORS) this.kept.push({ message, span });
    else this.dropped++;
  }
}

/** The lexer's and the parser's errors in source order, at most `MAX_ERRORS` and a last one that counts the rest. */
export function mergeErrors(lexer: readonly SyntaxError[], lexerDropped: number, parser: ErrorCollector): SyntaxError[] {
  const all = [...lexer, ...parser.kept].sort((a, b) => a.span.start - b.span.start);
  const kept = all.slice(0, MAX_ERRORS);
  const dropped = lexerDropped + parser.dropped + (all.length - kept.length);
  if (dropped > 0) {
    const end = kept[kept.length - 1].span.end;
    kept.push({ message: `${dropped} more syntax errors not shown`, span: { start: end, end } });
  }
  return kept;
}
