// Trace files of `pattern = trace`: CSV records `time,size[,flow]`, one per
// line. Times are seconds (or carry a time unit: `1.5us`), sizes bytes (or
// carry a size unit). Blank lines and `#` comments are skipped; a first line
// that is not numeric is a header.
import type { TraceRecord } from '../../simulator/model';
import { UNITS, toSI, type UnitKind } from './catalog/units';
import type { FileSource } from './files';
import { resolveRelative, uriToPath } from './uri';

export interface TraceProblem {
  /** 1-based line. */
  line: number;
  message: string;
}

export interface ParsedTrace {
  /** Sorted by time (stable for equal times). */
  records: TraceRecord[];
  problems: TraceProblem[];
}

const QUANTITY = /^([0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)\s*(\S*)$/;

function field(text: string, kind: UnitKind): number | undefined {
  const match = QUANTITY.exec(text.trim());
  if (!match) return undefined;
  const [, number, unit] = match;
  if (!unit) return Number(number);
  const info = UNITS.get(unit);
  return info?.kind === kind ? toSI(Number(number), unit) : undefined;
}

export function parseTrace(text: string): ParsedTrace {
  const records: TraceRecord[] = [];
  const problems: TraceProblem[] = [];
  let first = true;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return;
    const isFirst = first;
    first = false;
    const cells = line.split(',');
    const time = field(cells[0], 'time');
    const bytes = cells.length > 1 ? field(cells[1], 'size') : undefined;
    const flow = cells.length > 2 ? (/^\s*\d+\s*$/.test(cells[2]) ? Number(cells[2]) : undefined) : 0;
    if (cells.length > 3 || time === undefined || bytes === undefined || flow === undefined) {
      if (isFirst && time === undefined) return; // a header line
      problems.push({ line: i + 1, message: `expected \`time,size[,flow]\` (flow a whole number), got \`${line}\`` });
    } else {
      records.push({ time, bytes, flow });
    }
  });
  records.sort((a, b) => a.time - b.time);
  return { records, problems };
}

/** Reads and parses the trace `relative` to the document `fromUri`; `problem` says what is wrong, if anything. */
export function loadTrace(fromUri: string, relative: string, files: FileSource): { records: TraceRecord[]; problem?: string } {
  const target = resolveRelative(fromUri, relative);
  const text = target === undefined ? undefined : files.read(target);
  if (text === undefined) {
    const where = target ? uriToPath(target) ?? target : relative;
    return { records: [], problem: `cannot read the trace file \`${relative}\` (looked for ${where})` };
  }
  const { records, problems } = parseTrace(text);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more lines)` : '';
    return { records, problem: `${relative} line ${problems[0].line}: ${problems[0].message}${more}` };
  }
  if (records.length === 0) return { records, problem: `the trace file \`${relative}\` has no records` };
  return { records };
}
