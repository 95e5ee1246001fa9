// The messages between the extension and the results panel (webview), and the
// topology the panel draws. Types only: the extension imports them too.
import type { Results } from '../../simulator/results';
import type { Topology } from '../../server/lsp/protocol';
import type { ViewId } from './state';

// The topology is the language server's `hostnet/topology` answer, passed on as it is.
export type { SourceLine, Topology, TopologyChain, TopologyHost, TopologyLink, TopologyNic, TopologyStage, TopologyTraffic } from '../../server/lsp/protocol';

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
