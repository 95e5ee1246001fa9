// The VS Code entry point: creates the "hostnet" output channel and starts the
// language client. Commands and panels are wired here too, each from its own module.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { startLanguageClient, stopLanguageClient } from './language-client';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('hostnet', { log: true });
  context.subscriptions.push(output);
  client = await startLanguageClient(context, output);
}

export async function deactivate(): Promise<void> {
  if (client) await stopLanguageClient(client);
  client = undefined;
}
