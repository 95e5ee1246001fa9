// Shows a line of a document: where a diagram node of the panel is written.
import * as vscode from 'vscode';

export async function revealLine(uri: string, line: number): Promise<void> {
  const target = vscode.Uri.parse(uri);
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === target.toString());
  const editor = await vscode.window.showTextDocument(target, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One });
  const clamped = Math.min(Math.max(0, line), editor.document.lineCount - 1);
  const position = new vscode.Position(clamped, editor.document.lineAt(clamped).firstNonWhitespaceCharacterIndex);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
