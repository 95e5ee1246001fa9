// What a reproduction chart shows, as plain data: the renderer in
// scripts/reproduce/ draws it with the results panels' chart code.

/** How values of an axis are written. */
export type ValueFormat = 'gbps' | 'mpps' | 'micros' | 'percent' | 'times' | 'bytes' | 'number';

export interface ChartSeries {
  label: string;
  /** One value per x position; null where there is none. */
  values: (number | null)[];
  /** The paper's figure rather than ours (drawn hollow / dashed). */
  published?: boolean;
}

export interface ChartData {
  /** File name without extension, unique over all systems. */
  file: string;
  title: string;
  /** One line under the title: what to compare. */
  caption: string;
  kind: 'lines' | 'bars';
  x: { label: string; categories?: string[]; values?: number[]; format?: ValueFormat };
  y: { label: string; format: ValueFormat; min?: number };
  series: ChartSeries[];
}
