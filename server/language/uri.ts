// Documents are keyed by URI everywhere in the language layer (`file:///…`
// for files on disk, whatever the editor uses for unsaved ones). These
// helpers convert to and from paths and resolve imports.
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export function pathToUri(path: string): string {
  return pathToFileURL(path).toString();
}

/** The file path of a `file:` URI, or undefined for other schemes. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Accepts a path or a URI and returns the URI. */
export function toUri(pathOrUri: string): string {
  return /^[a-zA-Z][a-zA-Z0-9+.-]+:/.test(pathOrUri) && !/^[a-zA-Z]:[\\/]/.test(pathOrUri) ? pathOrUri : pathToUri(pathOrUri);
}

/** The URI of `relative` (an import or trace path) seen from the document `fromUri`, or undefined if it cannot be resolved. */
export function resolveRelative(fromUri: string, relative: string): string | undefined {
  try {
    return new URL(relative.replace(/\\/g, '/'), fromUri).toString();
  } catch {
    return undefined;
  }
}

/** The file name of a URI, for messages. */
export function displayName(uri: string): string {
  const path = uriToPath(uri);
  return path ? basename(path) : decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
