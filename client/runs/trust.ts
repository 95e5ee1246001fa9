// Runs execute simulations (worker threads reading the workspace's files), so
// they happen only in trusted workspaces; editing features work everywhere
// (package.json declares `untrustedWorkspaces: limited`).
import * as vscode from 'vscode';

const MANAGE = 'Manage Workspace Trust';

/** True when runs are allowed; otherwise says why (offering to manage trust) and returns false. */
export function ensureTrusted(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window
    .showWarningMessage(
      'hostnet runs simulations only in trusted workspaces. Editing, checking and the outline work here; trust this workspace to run scenarios.',
      MANAGE,
    )
    .then((choice) => (choice === MANAGE ? vscode.commands.executeCommand('workbench.trust.manage') : undefined));
  return false;
}
