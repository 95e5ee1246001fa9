// Seeded random edits for the fuzz tests: insertions of characters the
// language cares about (and some it does not), and deletions, at random places.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** A 32-bit LCG: small, fast, and a failure can be replayed from its seed. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return this.state / 2 ** 32;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

const PIECES = [
  '{', '}', '[', ']', '=', '.', ',', ';', '"', '<', '>', '-', '/', '*', '#', '\n', ' ', '  ', '\t', '0', '7', '1e6',
  'Gbps', 'us', 'µs', 'MiB', 'cycles/B', '%', 'host', 'nic', 'stage', 'chain', 'on', 'sweep', 'expect', 'traffic',
  'scenario', 'import', 'link', '<->', 'rate', 'speed', 'via', 'to', 'x', 'é', '😀', '\r\n', '//', '/*', '*/',
];

/**
 * One random edit of `text`: the LSP change and the text after it. Positions
 * follow LSP's rules (a lone `\r` ends a line too), as a client computes them.
 */
export function randomEdit(random: Random, text: string): { change: TextDocumentContentChangeEvent; text: string } {
  const lines = TextDocument.create('fuzz:', 'hostnet', 0, text);
  const start = outsideCrLf(text, random.int(text.length + 1));
  const deleting = text.length > 0 && random.next() < 0.4;
  const end = deleting ? outsideCrLf(text, Math.min(text.length, start + 1 + random.int(12))) : start;
  let inserted = '';
  if (!deleting || random.next() < 0.3) {
    const count = 1 + random.int(3);
    for (let i = 0; i < count; i++) inserted += random.pick(PIECES);
  }
  const change = { range: { start: lines.positionAt(start), end: lines.positionAt(end) }, text: inserted };
  return { change, text: text.slice(0, start) + inserted + text.slice(end) };
}

/** An offset between `\r` and `\n` is not a position a client can express: step back before the `\r`. */
function outsideCrLf(text: string, offset: number): number {
  return text.charAt(offset - 1) === '\r' && text.charAt(offset) === '\n' ? offset - 1 : offset;
}
