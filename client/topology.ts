// The hosts, links, chains and traffic a file sees, from `hostnet/topology`.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TopologyRequest } from '../server/lsp/protocol';
import type { Topology } from './webview/protocol';

/** The file's topology, or undefined (saying why in the log) when the server cannot give one. */
export async function requestTopology(client: LanguageClient | undefined, uri: vscode.Uri, output: vscode.LogOutputChannel): Promise<Topology | undefined> {
  if (!client) return undefined;
  try {
    return await client.sendRequest(TopologyRequest, { uri: uri.toString() });
  } catch (error) {
    output.warn(`no topology for ${uri.toString()}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
