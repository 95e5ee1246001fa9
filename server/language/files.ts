// Where texts come from. The language server supplies open documents first
// and the disk otherwise; the CLI reads the disk.
import { readFileSync } from 'node:fs';
import { uriToPath } from './uri';

export interface FileSource {
  /** The text at `uri`, or undefined when there is none. */
  read(uri: string): string | undefined;
}

/** Reads `file:` URIs from disk. */
export const diskFileSource: FileSource = {
  read(uri) {
    const path = uriToPath(uri);
    if (!path) return undefined;
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};
