// Progress on stderr: a redrawn bar on a terminal, plain lines otherwise
// (so logs and CI output stay readable).

export interface Progress {
  /** `label` names the work (a scenario), `detail` where it is (`3/8 points`), `fraction` how much is done, 0..1. */
  update(label: string, fraction: number, detail?: string): void;
  done(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? new TerminalBar(stream) : new PlainLines(stream);
}

class TerminalBar implements Progress {
  private lastDraw = 0;
  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(label: string, fraction: number, detail?: string): void {
    const now = Date.now();
    if (now - this.lastDraw < 50 && fraction < 1) return;
    this.lastDraw = now;
    const width = 30;
    const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    this.stream.write(`\r${bar} ${(fraction * 100).toFixed(0).padStart(3)}% ${label}${detail ? ` (${detail})` : ''}\x1b[K`);
  }

  done(): void {
    this.stream.write('\r\x1b[K');
  }
}

class PlainLines implements Progress {
  private lastTenth = -1;
  private lastLabel = '';
  private lastDetail: string | undefined;
  constructor(private readonly stream: NodeJS.WriteStream) {}

  /**
   * A line at each new tenth or label, and at the end when the detail moved
   * on; not at every change of detail, which would be a line per sweep point.
   */
  update(label: string, fraction: number, detail?: string): void {
    const tenth = Math.floor(fraction * 10);
    if (tenth === this.lastTenth && label === this.lastLabel && (fraction < 1 || detail === this.lastDetail)) return;
    this.lastTenth = tenth;
    this.lastLabel = label;
    this.lastDetail = detail;
    this.stream.write(`${label}${detail ? ` (${detail})` : ''}: ${tenth * 10}%\n`);
  }

  done(): void {}
}
