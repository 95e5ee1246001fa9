// Import paths between documents, as a user writes them: relative, with `/`.
import { posix } from 'node:path';

/** The path to write in `import "…"` in `fromUri` to name `toUri`, or undefined across schemes or hosts. */
export function relativeImportPath(fromUri: string, toUri: string): string | undefined {
  let from: URL;
  let to: URL;
  try {
    from = new URL(fromUri);
    to = new URL(toUri);
  } catch {
    return undefined;
  }
  if (from.protocol !== to.protocol || from.host !== to.host) return undefined;
  const relative = posix.relative(posix.dirname(decodeURIComponent(from.pathname)), decodeURIComponent(to.pathname));
  return relative || undefined;
}
