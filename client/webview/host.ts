// The one connection to VS Code: `acquireVsCodeApi` may be called only once.
import type { FromWebview } from './protocol';
import type { PanelState } from './state';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export interface Host {
  post(message: FromWebview): void;
  /** The state saved before the panel was last hidden or reloaded, unchecked. */
  saved(): unknown;
  save(state: PanelState): void;
}

export function connectHost(): Host {
  if (typeof acquireVsCodeApi !== 'function') throw new Error('hostnet results: not running inside a VS Code webview (no acquireVsCodeApi)');
  const api = acquireVsCodeApi();
  return {
    post: (message) => api.postMessage(message),
    saved: () => api.getState(),
    save: (state) => api.setState(state),
  };
}
