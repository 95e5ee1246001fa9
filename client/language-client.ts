// Starts and stops the hostnet language server (dist/server.js, a Node module
// talking LSP over IPC) for every `hostnet` document.
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type Middleware, type ServerOptions } from 'vscode-languageclient/node';

export const LANGUAGE_ID = 'hostnet';

/**
 * Starts the language client. Resolves to undefined, after saying why in
 * `output`, when the server bundle is missing or does not start: the editor
 * still highlights files, it only lacks diagnostics and the other LSP features.
 * `middleware` shapes what the server sends (the inline results' inlay hints).
 */
export async function startLanguageClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
  middleware: Middleware = {},
): Promise<LanguageClient | undefined> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  if (!existsSync(serverModule)) {
    output.error(`No language server at ${serverModule}; build it with \`npm run build\`.`);
    return undefined;
  }
  const server = { module: serverModule, transport: TransportKind.ipc };
  const serverOptions: ServerOptions = { run: server, debug: server };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    outputChannel: output,
    middleware,
  };
  const client = new LanguageClient(LANGUAGE_ID, 'hostnet language server', serverOptions, clientOptions);
  try {
    await client.start();
    return client;
  } catch (error) {
    output.error(`The language server did not start: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

export async function stopLanguageClient(client: LanguageClient): Promise<void> {
  if (client.needsStop()) await client.stop();
}
