// Offsets ↔ line/column for one text. Lines and columns are 0-based (as in
// LSP); the CLI adds 1 when it prints them.

export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  /** Computed on first use: the workspace makes an index on every parse, and many are never asked for a position. */
  private starts: number[] | undefined;

  constructor(readonly text: string) {}

  private get lineStarts(): number[] {
    return (this.starts ??= lineStartsOf(this.text));
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): Position {
    const starts = this.lineStarts;
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - starts[low] };
  }

  offset(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[Math.max(0, position.line)];
    const end = position.line + 1 < this.lineStarts.length ? this.lineEnd(position.line) : this.text.length;
    return Math.min(start + Math.max(0, position.character), end);
  }

  /** The offset where the line's text ends, before its line break. */
  private lineEnd(line: number): number {
    let end = this.lineStarts[line + 1] - 1;
    if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13 && end - 1 >= this.lineStarts[line]) end--;
    return end;
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }
}

/** Where each line starts. Line breaks as LSP counts them: \n, \r\n and a lone \r. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}
