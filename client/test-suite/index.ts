// The extension-host test suite, run inside VS Code by test/e2e/extension-host.test.ts.
// VS Code calls `run()` (as with @vscode/test-electron); a rejection is a failed run.
import './language';
import './diagnostics';
import './completion';
import './run';
import './testing';
import './settings';
import './file-renames';
import { runTests } from './runner';

export function run(): Promise<void> {
  return runTests();
}
