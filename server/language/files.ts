// Where texts come from. The language server supplies open documents first
// and the disk otherwise; the CLI reads the disk. Both find the `.hnet` files
// of a folder the same way.
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { uriToPath } from './uri';

export const HNET_EXTENSION = '.hnet';

/** Folders never searched for `.hnet` files. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);

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

/**
 * The paths of the `.hnet` files under `folder`, in name order, depth first,
 * skipping dependency, build and VCS folders; at most `limit` of them. An
 * unreadable folder has none.
 */
export async function findHnetFiles(folder: string, limit = Infinity): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (found.length >= limit) return;
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) await walk(join(dir, entry.name));
      } else if (entry.isFile() && entry.name.endsWith(HNET_EXTENSION)) {
        found.push(join(dir, entry.name));
      }
    }
  };
  await walk(folder);
  return found;
}
