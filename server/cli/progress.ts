// Progress on stderr: a redrawn bar on a terminal, plain lines otherwise
// (so logs and CI output stay readable).

export interface Progress {
  update(label: string, fraction: number): void;
  done(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? new TerminalBar(stream) : new PlainLines(stream);
}

class TerminalBar implements Progress {
  private lastDraw = 0;
  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(label: string, fraction: number): void {
    const now = Date.now();
    if (now - this.lastDraw < 50 && fraction < 1) return;
    this.lastDraw = now;
    const width = 30;
    const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    this.stream.write(`\r${bar} ${(fraction * 100).toFixed(0).padStart(3)}% ${label}\x1b[K`);
  }

  done(): void {
    this.stream.write('\r\x1b[K');
  }
}

class PlainLines implements Progress {
  private lastTenth = -1;
  private lastLabel = '';
  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(label: string, fraction: number): void {
    const tenth = Math.floor(fraction * 10);
    if (tenth === this.lastTenth && label === this.lastLabel) return;
    this.lastTenth = tenth;
    this.lastLabel = label;
    this.stream.write(`${label}: ${tenth * 10}%\n`);
  }

  done(): void {}
}
