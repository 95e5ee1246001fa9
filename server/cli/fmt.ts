// `hostnet fmt FILE… [--check]`: the canonical layout, comments kept (a folder
// stands for the `.hnet` files under it). A file with syntax errors is left as
// it is (formatting never loses text).
import { readFileSync, writeFileSync } from 'node:fs';
import { format } from '../language/syntax/format';
import { parseArgs, UsageError } from './args';
import { expandFolders } from './files';

export async function fmtCommand(argv: string[]): Promise<number> {
  const { positionals, options } = parseArgs(argv, { switches: ['check'] });
  if (positionals.length === 0) throw new UsageError('no file given');
  const checkOnly = options.has('check');
  const { files, emptyFolders } = await expandFolders(positionals);
  let failed = emptyFolders.length;
  for (const folder of emptyFolders) console.error(`${folder}: no .hnet file in this folder`);
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      console.error(`${file}: cannot read the file`);
      failed++;
      continue;
    }
    const formatted = format(text);
    if (formatted === undefined) {
      console.error(`${file}: has syntax errors; not formatted (run \`hostnet check ${file}\`)`);
      failed++;
    } else if (formatted !== text) {
      if (checkOnly) {
        console.log(`${file}: not formatted`);
        failed++;
      } else {
        writeFileSync(file, formatted);
        console.log(`${file}: formatted`);
      }
    }
  }
  return failed > 0 ? 1 : 0;
}
