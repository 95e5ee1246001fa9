// The files `check` and `fmt` work on: each FILE as given, and each folder as
// the `.hnet` files under it (found as the language server finds them).
import { statSync } from 'node:fs';
import { findHnetFiles } from '../language/files';

export interface Inputs {
  files: string[];
  /** Folders given that hold no `.hnet` file. */
  emptyFolders: string[];
}

export async function expandFolders(args: readonly string[]): Promise<Inputs> {
  const files: string[] = [];
  const emptyFolders: string[] = [];
  for (const arg of args) {
    if (!isFolder(arg)) {
      files.push(arg);
      continue;
    }
    const found = await findHnetFiles(arg);
    if (found.length === 0) emptyFolders.push(arg);
    files.push(...found);
  }
  return { files, emptyFolders };
}

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
