// The runs of this session (and, through `toJSON`, of earlier ones): what
// "Open last results", "Compare two runs" and the panel's baseline read.
// Newest first, limited in number. No VS Code import.
import { RESULTS_SCHEMA, type Results } from '../../simulator/results';

export interface RunRecord {
  /** Increasing over the history. */
  id: number;
  /** The runs one command started share a batch (a file's scenarios run together). */
  batch: number;
  /** The `.hnet` document, as a URI string. */
  uri: string;
  results: Results;
  /** Milliseconds since the epoch. */
  finishedAt: number;
}

export const DEFAULT_LIMIT = 10;

export class RunHistory {
  private records: RunRecord[];
  private nextId: number;
  private nextBatch: number;

  constructor(
    saved: unknown = [],
    private readonly limit = DEFAULT_LIMIT,
  ) {
    this.records = restore(saved).slice(0, limit);
    this.nextId = Math.max(0, ...this.records.map((r) => r.id)) + 1;
    this.nextBatch = Math.max(0, ...this.records.map((r) => r.batch)) + 1;
  }

  /** A new batch number, for the runs of one command. */
  startBatch(): number {
    return this.nextBatch++;
  }

  add(batch: number, uri: string, results: Results, finishedAt = Date.now()): RunRecord {
    const record: RunRecord = { id: this.nextId++, batch, uri, results, finishedAt };
    this.records = [record, ...this.records].slice(0, this.limit);
    return record;
  }

  /** Newest first. */
  all(): readonly RunRecord[] {
    return this.records;
  }

  /** The runs of the newest batch, in the order they ran. */
  lastBatch(): RunRecord[] {
    const newest = this.records[0];
    return newest ? this.records.filter((r) => r.batch === newest.batch).reverse() : [];
  }

  /** The run of the same file and scenario just before `record`, to compare with. */
  previous(record: RunRecord): RunRecord | undefined {
    return this.records.find((r) => r.id < record.id && r.uri === record.uri && r.results.scenario === record.results.scenario);
  }

  toJSON(): RunRecord[] {
    return this.records;
  }
}

/** What a quick pick shows for a run. */
export function describeRecord(record: RunRecord, now = Date.now()): { label: string; description: string } {
  const file = record.uri.slice(record.uri.lastIndexOf('/') + 1);
  const points = record.results.points.length;
  const sweep = points > 1 ? `, ${points} points` : '';
  return {
    label: `${record.results.scenario} — ${file}`,
    description: `${ago(now - record.finishedAt)}, seed ${record.results.meta.seed}${sweep}`,
  };
}

function ago(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h ago` : `${Math.round(hours / 24)} days ago`;
}

/** Saved records that still read as runs of this schema; anything else is dropped. */
function restore(saved: unknown): RunRecord[] {
  if (!Array.isArray(saved)) return [];
  return saved.filter(
    (r): r is RunRecord =>
      !!r &&
      Number.isInteger(r.id) &&
      Number.isInteger(r.batch) &&
      typeof r.uri === 'string' &&
      typeof r.finishedAt === 'number' &&
      r.results?.schema === RESULTS_SCHEMA &&
      Array.isArray(r.results.points),
  );
}
