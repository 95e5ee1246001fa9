// `hostnet lsp --stdio`: the language server for any LSP client.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';
import { UsageError } from './args';

export function lspCommand(argv: string[]): Promise<number> {
  if (!argv.includes('--stdio')) throw new UsageError('only --stdio is supported');
  startServer(createConnection(ProposedFeatures.all, process.stdin, process.stdout));
  // The server ends the process itself on the client's `exit` notification.
  return new Promise(() => {});
}
