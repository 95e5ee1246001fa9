// The extension's API (what `activate` returns), once it has activated.
import * as vscode from 'vscode';
import type { HostnetApi } from '../api';
import { EXTENSION_ID } from './extension-id';

export async function hostnetApi(): Promise<HostnetApi> {
  const extension = vscode.extensions.getExtension<HostnetApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} not loaded`);
  return extension.activate();
}

/** The line (0-based) of the first line of `document` containing `text`. */
export function lineOf(document: vscode.TextDocument, text: string): number {
  const line = document.getText().split('\n').findIndex((candidate) => candidate.includes(text));
  if (line < 0) throw new Error(`no line with “${text}” in ${document.uri.path}`);
  return line;
}
