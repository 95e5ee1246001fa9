// The documents the language layer knows, by URI, each parsed once per text
// and analysed (linked and validated) on demand. An edit re-parses that
// document and drops the analyses of it and of its importers only; the
// rest stay cached.
import { diagnostic, type Diagnostic } from './diagnostic';
import { declare, link, type Declarations, type HnetSymbol, type LinkResult, type Reference, type ResolvedImport } from './link';
import type { HnetFile, Import, Span } from './syntax/ast';
import { parse } from './syntax/parse';
import { LineIndex } from './syntax/text';
import { diskFileSource, type FileSource } from './files';
import { resolveRelative } from './uri';
import { validate } from './validate';

export { diskFileSource, type FileSource };

export interface ParsedDocument {
  uri: string;
  text: string;
  ast: HnetFile;
  lines: LineIndex;
}

export interface Analysis extends ParsedDocument {
  /** Syntax, link and validation diagnostics of this document, in source order. */
  diagnostics: Diagnostic[];
  /** The symbols this document declares. */
  symbols: HnetSymbol[];
  /** The references this document makes (to its own symbols and imported ones). */
  references: Reference[];
  link: LinkResult;
}

interface DocumentState {
  /** Undefined when the source has no such document. */
  parsed?: ParsedDocument;
  declarations?: Declarations;
  /** Each import and the URI it names (whether that exists is asked when needed: it may appear later). */
  imports: { node: Import; uri?: string }[];
  /** Set through `update` (an open editor); otherwise read from the source. */
  pinned: boolean;
}

export class Workspace {
  private readonly states = new Map<string, DocumentState>();
  private readonly analyses = new Map<string, Analysis>();

  constructor(readonly source: FileSource = diskFileSource) {}

  /** Sets a document's text (opened or edited in the editor). */
  update(uri: string, text: string): void {
    const state = this.states.get(uri);
    if (state?.pinned && state.parsed?.text === text) return;
    this.invalidateAnalyses(uri);
    // Drop the old tree before parsing the new text, so that a garbage collection
    // during the parse need not copy it (it is as large as the new one). The entry
    // itself stays, keeping its place in the map (`documents()` lists in load order).
    if (state) {
      state.parsed = undefined;
      state.declarations = undefined;
    }
    this.states.set(uri, this.load(uri, text, true));
    this.invalidateAnalyses(uri);
  }

  /** Forgets a document's text so that it is read from the source again (closed in the editor, changed or deleted on disk). */
  invalidate(uri: string): void {
    this.invalidateAnalyses(uri);
    this.states.delete(uri);
  }

  /** The parsed document, without linking; undefined when it does not exist. */
  document(uri: string): ParsedDocument | undefined {
    return this.state(uri).parsed;
  }

  /** Parses, links and validates a document (cached until it or an import changes); undefined when it does not exist. */
  analyze(uri: string): Analysis | undefined {
    const cached = this.analyses.get(uri);
    if (cached) return cached;
    const state = this.state(uri);
    if (!state.parsed || !state.declarations) return undefined;
    const { parsed } = state;
    const linked = link(uri, parsed.ast, state.declarations, {
      imports: (other) => this.resolvedImports(other),
      declarations: (other) => this.state(other).declarations,
    });
    const syntax = parsed.ast.errors.map((e) => diagnostic('HN001', uri, e.span, e.message));
    const diagnostics = [...syntax, ...linked.diagnostics, ...validate(parsed.ast, linked, this.source)].sort(bySpan);
    const analysis: Analysis = { ...parsed, diagnostics, symbols: linked.symbols, references: linked.references, link: linked };
    this.analyses.set(uri, analysis);
    return analysis;
  }

  /** Documents that import `uri`, directly or not (their analyses depend on it). */
  dependents(uri: string): string[] {
    const importers = new Map<string, string[]>();
    for (const [from, state] of this.states) {
      for (const imp of state.imports) {
        if (!imp.uri) continue;
        const list = importers.get(imp.uri) ?? [];
        list.push(from);
        importers.set(imp.uri, list);
      }
    }
    const found = new Set<string>();
    const queue = [uri];
    while (queue.length > 0) {
      for (const importer of importers.get(queue.shift()!) ?? []) {
        if (importer === uri || found.has(importer)) continue;
        found.add(importer);
        queue.push(importer);
      }
    }
    return [...found];
  }

  /** Every document loaded so far (opened, or read because something imported it). */
  documents(): string[] {
    return [...this.states.entries()].filter(([, s]) => s.parsed).map(([uri]) => uri);
  }

  /** References to `target` from every loaded document. */
  findReferences(target: HnetSymbol): Reference[] {
    return this.documents().flatMap((uri) => this.analyze(uri)?.references.filter((r) => r.target === target) ?? []);
  }

  /** The symbol named at `offset` of a document: by a reference there, or by its own declaration. */
  symbolAt(uri: string, offset: number): { symbol: HnetSymbol; span: Span; reference?: Reference } | undefined {
    const analysis = this.analyze(uri);
    if (!analysis) return undefined;
    const within = (span: Span) => span.start <= offset && offset <= span.end;
    const reference = analysis.references.find((r) => within(r.span));
    if (reference) return { symbol: reference.target, span: reference.span, reference };
    const symbol = analysis.symbols.find((s) => within(s.nameSpan));
    return symbol ? { symbol, span: symbol.nameSpan } : undefined;
  }

  private state(uri: string): DocumentState {
    let state = this.states.get(uri);
    if (!state) {
      state = this.load(uri, this.source.read(uri), false);
      this.states.set(uri, state);
    }
    return state;
  }

  private load(uri: string, text: string | undefined, pinned: boolean): DocumentState {
    if (text === undefined) return { imports: [], pinned };
    const ast = parse(text);
    const imports = ast.imports.map((node) => ({ node, uri: resolveRelative(uri, node.path.value) }));
    return { parsed: { uri, text, ast, lines: new LineIndex(text) }, declarations: declare(uri, ast), imports, pinned };
  }

  private resolvedImports(uri: string): ResolvedImport[] {
    return this.state(uri).imports.map(({ node, uri: target }) => ({
      node,
      uri: target,
      exists: target !== undefined && this.state(target).parsed !== undefined,
    }));
  }

  private invalidateAnalyses(uri: string): void {
    this.analyses.delete(uri);
    for (const dependent of this.dependents(uri)) this.analyses.delete(dependent);
  }
}

function bySpan(a: Diagnostic, b: Diagnostic): number {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}
