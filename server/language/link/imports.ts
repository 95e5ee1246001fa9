// Imports: the closure of files a document sees, and cycles among them.
import { diagnostic, type Diagnostic } from '../diagnostic';
import { displayName, uriToPath } from '../uri';
import type { ResolvedImport } from './types';

export interface ImportGraph {
  /** The resolved imports of a document, in source order ([] for a document that cannot be read). */
  imports(uri: string): ResolvedImport[];
}

/** Documents reachable from `uri` through imports, breadth first, without `uri` itself. */
export function importClosure(uri: string, graph: ImportGraph): string[] {
  const seen = new Set([uri]);
  const order: string[] = [];
  const queue = [uri];
  while (queue.length > 0) {
    for (const imp of graph.imports(queue.shift()!)) {
      if (!imp.uri || !imp.exists || seen.has(imp.uri)) continue;
      seen.add(imp.uri);
      order.push(imp.uri);
      queue.push(imp.uri);
    }
  }
  return order;
}

/** The shortest chain of imports from `start` back to `target`, both included, or undefined. */
function pathBack(start: string, target: string, graph: ImportGraph): string[] | undefined {
  const previous = new Map<string, string | undefined>([[start, undefined]]);
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (current === target) {
      const path: string[] = [];
      for (let at: string | undefined = current; at !== undefined; at = previous.get(at)) path.unshift(at);
      return path;
    }
    for (const imp of graph.imports(current)) {
      if (!imp.uri || !imp.exists || previous.has(imp.uri)) continue;
      previous.set(imp.uri, current);
      queue.push(imp.uri);
    }
  }
  return undefined;
}

/** Missing imports and imports that lead back to `uri`, reported at the import. */
export function importDiagnostics(uri: string, graph: ImportGraph): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const imp of graph.imports(uri)) {
    const span = imp.node.path.span;
    if (!imp.uri || !imp.exists) {
      const where = imp.uri ? uriToPath(imp.uri) ?? imp.uri : undefined;
      const detail = where ? ` (looked for ${where})` : '';
      diagnostics.push(diagnostic('HN015', uri, span, `cannot find the imported file \`${imp.node.path.value}\`${detail}`));
      continue;
    }
    const back = imp.uri === uri ? [uri] : pathBack(imp.uri, uri, graph);
    if (back) {
      const chain = [uri, ...back].map(displayName).join(' → ');
      diagnostics.push(diagnostic('HN016', uri, span, `import cycle: ${chain}`));
    }
  }
  return diagnostics;
}
