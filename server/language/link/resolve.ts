// Resolves names and member paths to symbols, recording each reference and
// reporting what does not resolve.
import { describeSymbolKinds, type SymbolKind } from '../catalog';
import { diagnostic, type Diagnostic } from '../diagnostic';
import { closest, didYouMean } from '../suggest';
import { pathText, type Path, type Span } from '../syntax/ast';
import type { HnetSymbol, Reference } from './types';

export class Resolver {
  readonly references: Reference[] = [];
  readonly resolved = new Map<Path, HnetSymbol>();
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly uri: string,
    readonly scope: ReadonlyMap<string, HnetSymbol>,
  ) {}

  record(span: Span, target: HnetSymbol, kind: Reference['kind'] = 'name'): void {
    this.references.push({ uri: this.uri, span, target, kind });
  }

  /**
   * Resolves `path` to a symbol of one of `targets`. `what` names the place in
   * messages (`from`, `a link endpoint`). A one-segment name is looked up in
   * `local`'s members first (a chain's host, for `nic = eth0`).
   */
  reference(path: Path, targets: readonly SymbolKind[], what: string, local?: HnetSymbol): HnetSymbol | undefined {
    const segments = path.segments;
    if (segments.length > 2 || segments.some((s) => s.index)) {
      this.error('HN010', path.span, `${what} expects ${describeSymbolKinds(targets)}, got \`${pathText(path)}\``);
      return undefined;
    }
    const first = segments[0].name;
    if (segments.length === 1) {
      const symbol = local?.members.get(first.text) ?? this.scope.get(first.text);
      if (!symbol) {
        const suggestions = this.suggestions(first.text, targets, local);
        const message = `\`${first.text}\` is not defined: ${what} expects ${describeSymbolKinds(targets)}${didYouMean(suggestions)}`;
        this.error('HN013', first.span, message, suggestions);
        return undefined;
      }
      return this.accept(path, first.span, symbol, targets, what);
    }
    const owner = this.scope.get(first.text);
    if (!owner) {
      const suggestions = closest(first.text, [...this.scope.values()].filter((s) => s.members.size > 0).map((s) => s.name));
      this.error('HN013', first.span, `\`${first.text}\` is not defined${didYouMean(suggestions)}`, suggestions);
      return undefined;
    }
    this.record(first.span, owner);
    const second = segments[1].name;
    const member = owner.members.get(second.text);
    if (!member) {
      const names = [...owner.members.values()].filter((m) => targets.includes(m.kind)).map((m) => m.name);
      const suggestions = closest(second.text, names);
      this.error(
        'HN013',
        second.span,
        `${owner.kind} \`${owner.name}\` has no ${targets.filter((t) => t !== 'host').join(' or ')} \`${second.text}\`${didYouMean(suggestions)}`,
        suggestions,
      );
      return undefined;
    }
    return this.accept(path, second.span, member, targets, what);
  }

  private accept(path: Path, span: Span, symbol: HnetSymbol, targets: readonly SymbolKind[], what: string): HnetSymbol | undefined {
    this.record(span, symbol);
    if (!targets.includes(symbol.kind)) {
      this.error('HN014', path.span, `${what} expects ${describeSymbolKinds(targets)}, but \`${pathText(path)}\` is ${describeSymbolKinds([symbol.kind])}`);
      return undefined;
    }
    this.resolved.set(path, symbol);
    return symbol;
  }

  /** Valid names close to `word`; a member spelt without its owner (`web` for `sut.web`) suggests the full path. */
  private suggestions(word: string, targets: readonly SymbolKind[], local?: HnetSymbol): string[] {
    const names: string[] = [];
    const qualified: string[] = [];
    for (const symbol of this.scope.values()) {
      if (targets.includes(symbol.kind)) names.push(symbol.name);
      for (const member of symbol.members.values()) {
        if (!targets.includes(member.kind)) continue;
        names.push(member.qualifiedName);
        if (member.name === word) qualified.push(member.qualifiedName);
      }
    }
    if (local) for (const member of local.members.values()) if (targets.includes(member.kind)) names.push(member.name);
    return qualified.length > 0 ? qualified.slice(0, 3) : closest(word, names);
  }

  error(code: 'HN010' | 'HN013' | 'HN014' | 'HN021' | 'HN023', span: Span, message: string, suggestions?: string[]): void {
    this.diagnostics.push(diagnostic(code, this.uri, span, message, suggestions?.length ? { suggestions } : undefined));
  }
}
