// hostnet's own LSP messages, beside the standard ones. The VS Code client
// imports these types; any other client sends the same JSON.
import {
  NotificationType,
  ProtocolRequestType,
  RequestType,
  type WorkDoneProgressParams,
} from 'vscode-languageserver-protocol';
import type { Results } from '../../simulator/results';

/** The command a client implements for the "Run" code lenses; arguments `[uri, scenarioName]`. */
export const RUN_SCENARIO_COMMAND = 'hostnet.runScenario';

export interface RunParams extends WorkDoneProgressParams {
  uri: string;
  /** The scenario to run; absent: the file's first scenario, or the default one when it has none. */
  scenario?: string;
  /** Overrides the scenario's seed. */
  seed?: number;
  /** Worker threads for sweep points; absent: one per CPU. */
  workers?: number;
  /** Stop with an error when the run exceeds these (events per point, wall seconds for the whole scenario). */
  budget?: { maxEvents?: number; maxWallSeconds?: number };
}

/**
 * `hostnet/run`: simulate one scenario off the server's main thread. Reports
 * work-done progress when the client passes a token, and stops when the
 * request is cancelled (the response is then a `RequestCancelled` error).
 * Failed `expect`s also become diagnostics on their lines.
 */
export const RunRequest = new ProtocolRequestType<RunParams, Results, never, void, void>('hostnet/run');

export interface TopologyParams {
  uri: string;
}

/** Where an element is written: its file and 0-based line. */
export interface SourceLine {
  uri: string;
  line: number;
}

export interface TopologyNic extends SourceLine {
  name: string;
  /** Line rate in bits per second, when written. */
  speed?: number;
}

export interface TopologyHost extends SourceLine {
  name: string;
  role: string;
  nics: TopologyNic[];
  containers: (SourceLine & { name: string })[];
  /** Number of cores, when known. */
  cores?: number;
}

export interface TopologyLink extends SourceLine {
  a: { host: string; nic: string };
  b: { host: string; nic: string };
}

export interface TopologyStage extends SourceLine {
  kind: string;
  /** The stage's name, or its kind when unnamed; results key it as `chain.name`. */
  name: string;
  /** The core the stage is pinned to, when written. */
  core?: number;
}

export interface TopologyChain extends SourceLine {
  name: string;
  host: string;
  nic?: string;
  stack?: string;
  /** In path order. */
  stages: TopologyStage[];
  cores?: number[];
}

export interface TopologyTraffic extends SourceLine {
  name: string;
  from?: string;
  to?: string;
  /** The chain the traffic goes through. */
  via?: string;
}

/** What the client's diagram draws: the file and everything it imports. */
export interface Topology {
  uri: string;
  hosts: TopologyHost[];
  links: TopologyLink[];
  chains: TopologyChain[];
  traffic: TopologyTraffic[];
}

/** `hostnet/topology`: the hosts, NICs, links, chains and traffic a file sees. */
export const TopologyRequest = new RequestType<TopologyParams, Topology, void>('hostnet/topology');

export interface ResultsNotificationParams {
  uri: string;
  results: Results;
}

/**
 * `hostnet/results` (client → server): results of a run the client made, so
 * the server shows them as inlay hints beside `traffic` and `expect` lines
 * and reports failed `expect`s. Runs made through `hostnet/run` are kept
 * without it.
 */
export const ResultsNotification = new NotificationType<ResultsNotificationParams>('hostnet/results');
