// Renaming or moving `.hnet` files, or folders holding some, in the editor.
// `workspace/willRenameFiles` answers with the edits that keep every
// `import "…"` of the workspace pointing at the same file: imports of a
// renamed file, and a moved file's own relative imports. A path is rewritten
// only when the rename breaks it, relative to the importing file, with `/`,
// and with a leading `./` only where the user wrote one.
// `workspace/didRenameFiles` tells the index which files left and arrived:
// the file watcher reports a renamed file, but not the files inside a renamed
// folder (its events name the folder, which `**/*.hnet` does not match).
import {
  FileOperationPatternKind,
  type FileOperationRegistrationOptions,
  type FileRename,
  type RenameFilesParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { HNET_EXTENSION } from '../language/files';
import { resolveRelative } from '../language/uri';
import { relativeImportPath } from './paths';
import { spanToRange } from './positions';
import type { Session } from './session';

/** Which renames the client reports: `.hnet` files, and any folder (it may hold some). */
export const FILE_RENAME_FILTERS: FileOperationRegistrationOptions['filters'] = [
  { scheme: 'file', pattern: { glob: `**/*${HNET_EXTENSION}`, matches: FileOperationPatternKind.file } },
  { scheme: 'file', pattern: { glob: '**/*', matches: FileOperationPatternKind.folder } },
];

/** The edits to make before the renames happen (on the files' old URIs), keeping every import valid. */
export function importEditsForRenames(session: Session, params: RenameFilesParams): WorkspaceEdit {
  const renamed = renamedUriOf(params.files);
  const changes: Record<string, TextEdit[]> = {};
  for (const uri of session.documents.uris()) {
    const edits = importEdits(session, uri, renamed);
    if (edits.length > 0) changes[uri] = edits;
  }
  return { changes };
}

/** Rewrites of the imports of `uri` that the renames would break. */
function importEdits(session: Session, uri: string, renamed: (uri: string) => string | undefined): TextEdit[] {
  const parsed = session.parsed(uri);
  if (!parsed) return [];
  const newUri = renamed(uri) ?? uri;
  const edits: TextEdit[] = [];
  for (const { path } of parsed.ast.imports) {
    const target = resolveRelative(uri, path.value);
    if (!target) continue;
    const newTarget = renamed(target) ?? target;
    if (resolveRelative(newUri, path.value) === newTarget) continue;
    const written = importPathText(path.value, newUri, newTarget);
    if (written === undefined) continue;
    // Inside the quotes (an unterminated string has no closing one).
    const text = parsed.text;
    const start = path.span.start + 1;
    const end = path.span.end > start && text[path.span.end - 1] === '"' ? path.span.end - 1 : path.span.end;
    edits.push({ range: spanToRange(parsed.lines, { start, end }), newText: escapeString(written) });
  }
  return edits;
}

/**
 * The import path from `fromUri` to `toUri` in the style of `written`:
 * absolute stays absolute; relative gets a leading `./` only if `written`
 * had one. Undefined when no path leads there (another scheme or host).
 */
export function importPathText(written: string, fromUri: string, toUri: string): string | undefined {
  if (written.startsWith('/')) {
    const url = new URL(toUri);
    return url.protocol === 'file:' ? decodeURIComponent(url.pathname) : undefined;
  }
  const relative = relativeImportPath(fromUri, toUri);
  if (relative === undefined) return undefined;
  return /^\.[\\/]/.test(written) && !relative.startsWith('../') ? `./${relative}` : relative;
}

/**
 * Maps a URI to where the renames put it, or undefined when they leave it.
 * A rename names a `.hnet` file (other files are not followed) or a folder,
 * whose contents move with it.
 */
export function renamedUriOf(files: readonly FileRename[]): (uri: string) => string | undefined {
  return (uri) => {
    for (const { oldUri, newUri } of files) {
      if (uri === oldUri && oldUri.endsWith(HNET_EXTENSION)) return newUri;
      const folder = asFolder(oldUri);
      if (uri.startsWith(folder)) return asFolder(newUri) + uri.slice(folder.length);
    }
    return undefined;
  };
}

/** The files of the index that the renames moved (by their old URIs), and the files now at the new places. */
export async function followRenames(session: Session, files: readonly FileRename[]): Promise<{ left: string[]; arrived: string[] }> {
  const renamed = renamedUriOf(files);
  // An open document stays known through the editor, which closes it and opens the new one.
  const left = session.documents.uris().filter((uri) => renamed(uri) !== undefined);
  for (const uri of left) session.documents.forget(uri);
  const arrived: string[] = [];
  for (const { oldUri, newUri } of files) {
    if (oldUri.endsWith(HNET_EXTENSION)) {
      if (!newUri.endsWith(HNET_EXTENSION)) continue;
      await session.documents.reload(newUri);
      if (session.documents.isIndexed(newUri)) arrived.push(newUri);
    } else {
      arrived.push(...(await session.documents.scan([newUri])));
    }
  }
  return { left, arrived };
}

function asFolder(uri: string): string {
  return uri.endsWith('/') ? uri : `${uri}/`;
}

function escapeString(value: string): string {
  return value.replace(/[\\"]/g, (c) => `\\${c}`);
}
