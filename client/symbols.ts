// A file's outline from the language server, through VS Code's own command
// (so the client never parses .hnet). Empty while the server is not running.
import * as vscode from 'vscode';
import { scenariosOf, type ScenarioEntry, type SymbolNode } from './present/scenarios';

export async function documentSymbols(uri: vscode.Uri): Promise<SymbolNode<vscode.Range>[]> {
  try {
    const symbols = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[] | undefined>(
      'vscode.executeDocumentSymbolProvider',
      uri,
    );
    // The server answers with DocumentSymbols; flat SymbolInformation would carry no expectations.
    return (symbols ?? []).filter((symbol): symbol is vscode.DocumentSymbol => 'selectionRange' in symbol);
  } catch {
    return [];
  }
}

export async function scenariosIn(uri: vscode.Uri): Promise<ScenarioEntry<vscode.Range>[]> {
  return scenariosOf(await documentSymbols(uri));
}
