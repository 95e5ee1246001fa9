// The messages between the extension and the results panel (webview), and the
// topology the panel draws. Types only: the extension imports them too.
import type { Results } from '../../simulator/results';
import type { ViewId } from './state';

/** Where an element is written: its document URI and 0-based line. */
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
  /** `sut` or `loadgen`. */
  role: string;
  nics: TopologyNic[];
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

/**
 * What the pipeline diagram draws. The same shape as the language server's
 * `hostnet/topology` answer (server/lsp/protocol.ts), so the extension passes
 * that answer on as it is; `cores` and `core` are optional extras.
 */
export interface Topology {
  uri: string;
  hosts: TopologyHost[];
  links: TopologyLink[];
  chains: TopologyChain[];
  traffic: TopologyTraffic[];
}

/** Extension → panel: results to show (one per scenario), and what to compare them with. */
export interface ShowMessage {
  type: 'show';
  results: Results[];
  /** An earlier run to compare with. */
  baseline?: Results;
  topology?: Topology;
  /** The `.hnet` file the results came from, for the title and for `reveal`. */
  file?: string;
  /** The tab to show (e.g. `compare`, `topology`); absent: the tab shown before. */
  view?: ViewId;
}

/** Extension → panel: a run in progress, 0..1. */
export interface ProgressMessage {
  type: 'progress';
  fraction: number;
  message?: string;
}

export type ToWebview = ShowMessage | ProgressMessage;

/** Panel → extension: the panel has loaded and listens. */
export interface ReadyMessage {
  type: 'ready';
}

/** Panel → extension: open the document at a line (a diagram node was chosen). */
export interface RevealMessage {
  type: 'reveal';
  uri: string;
  /** 0-based. */
  line: number;
}

/** Panel → extension: save a chart image. */
export interface ExportMessage {
  type: 'export';
  format: 'png';
  /** `data:image/png;base64,…` */
  dataUrl: string;
  /** A file name to suggest, without extension. */
  name: string;
}

export type FromWebview = ReadyMessage | RevealMessage | ExportMessage;
