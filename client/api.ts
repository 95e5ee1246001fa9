// What `activate` returns: the extension's parts, for the extension-host
// tests (client/test-suite) and for other extensions that want the results.
import type { ResultsPanel } from './panel/results-panel';
import type { RunHistory } from './runs/history';
import type { RunService } from './runs/run-service';
import type { StatusBar } from './status-bar';
import type { HostnetTests } from './testing/tests';

export interface HostnetApi {
  /** Runs of this and earlier sessions, newest first. */
  history: RunHistory;
  runs: RunService;
  /** `panel.shown`: what the results panel shows. */
  panel: ResultsPanel;
  /** `tests.controller.items`: the Test Explorer's items; `tests.outcomes`: how they last ran. Undefined without a language server. */
  tests: HostnetTests | undefined;
  /** `status.text`: the status bar item's text. */
  status: StatusBar;
}
