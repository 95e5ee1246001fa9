// The analysis worker: its own Workspace, fed with every text the server
// knows, checks files when the diagnostics publisher asks. Parsing, linking
// and validating a big file here leaves the server's main thread free for
// completion, formatting and every other request.
import { parentPort } from 'node:worker_threads';
import { Workspace, diskFileSource } from '../language/workspace';
import { lspDiagnostics, type CheckedFile } from './diagnostics';

export type AnalysisRequest =
  /** The text of a file as the server has it (an open document with its version, or a workspace file). */
  | { kind: 'text'; uri: string; text: string; version?: number }
  /** Forget the text: the file is gone, or is read from disk from now on. */
  | { kind: 'forget'; uri: string }
  | { kind: 'check'; id: number; uri: string }
  | { kind: 'dependents'; id: number; uri: string };

export type AnalysisAnswer =
  | { id: number; kind: 'checked'; checked?: CheckedFile }
  | { id: number; kind: 'dependents'; dependents: string[] }
  | { id: number; kind: 'error'; message: string };

export function serveAnalysis(): void {
  const port = parentPort;
  if (!port) throw new Error('serveAnalysis() runs in a worker thread');
  const texts = new Map<string, { text: string; version?: number }>();
  const workspace = new Workspace({ read: (uri) => texts.get(uri)?.text ?? diskFileSource.read(uri) });
  port.on('message', (request: AnalysisRequest) => {
    switch (request.kind) {
      case 'text':
        texts.set(request.uri, { text: request.text, version: request.version });
        // Parsed again when next checked: a burst of edits costs one parse.
        workspace.invalidate(request.uri);
        return;
      case 'forget':
        texts.delete(request.uri);
        workspace.invalidate(request.uri);
        return;
      case 'check':
      case 'dependents':
        try {
          port.postMessage(answer(request, workspace, texts));
        } catch (error) {
          port.postMessage({ id: request.id, kind: 'error', message: error instanceof Error ? error.message : String(error) } satisfies AnalysisAnswer);
        }
    }
  });
}

function answer(
  request: Extract<AnalysisRequest, { id: number }>,
  workspace: Workspace,
  texts: Map<string, { text: string; version?: number }>,
): AnalysisAnswer {
  if (request.kind === 'dependents') return { id: request.id, kind: 'dependents', dependents: workspace.dependents(request.uri) };
  const analysis = workspace.analyze(request.uri);
  const checked = analysis && { diagnostics: lspDiagnostics(analysis), version: texts.get(request.uri)?.version };
  return { id: request.id, kind: 'checked', checked };
}
