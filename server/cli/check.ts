// `hostnet check FILE…`: every diagnostic as `file:line:col: severity CODE: message`
// (a folder stands for the `.hnet` files under it).
import { relative, resolve } from 'node:path';
import type { Diagnostic } from '../language/diagnostic';
import { uriToPath, pathToUri } from '../language/uri';
import { Workspace } from '../language/workspace';
import { parseArgs, UsageError } from './args';
import { expandFolders } from './files';

export async function checkCommand(argv: string[]): Promise<number> {
  const { positionals } = parseArgs(argv);
  if (positionals.length === 0) throw new UsageError('no file given');
  const { files: checked, emptyFolders } = await expandFolders(positionals);
  const workspace = new Workspace();
  let errors = 0;
  let warnings = 0;
  for (const folder of emptyFolders) {
    console.log(`${folder}: error: no .hnet file in this folder`);
    errors++;
  }
  for (const file of checked) {
    const analysis = workspace.analyze(pathToUri(resolve(file)));
    if (!analysis) {
      console.log(`${file}: error: cannot read the file`);
      errors++;
      continue;
    }
    for (const diagnostic of analysis.diagnostics) {
      console.log(formatDiagnostic(diagnostic, analysis.lines.position(diagnostic.span.start)));
      if (diagnostic.severity === 'error') errors++;
      else if (diagnostic.severity === 'warning') warnings++;
    }
  }
  const files = `${checked.length} file${checked.length === 1 ? '' : 's'}`;
  console.error(`${files} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return errors > 0 ? 1 : 0;
}

export function formatDiagnostic(diagnostic: Diagnostic, position: { line: number; character: number }): string {
  const path = uriToPath(diagnostic.uri);
  const file = path ? relative(process.cwd(), path) || path : diagnostic.uri;
  return `${file}:${position.line + 1}:${position.character + 1}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
}
