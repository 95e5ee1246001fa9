// Per-core utilisation split into layers (execution contexts, or stages) for
// stacked bars.
import type { CoreResult } from '../../../simulator/results';

export interface Layers {
  /** One label per core. */
  labels: string[];
  /** One entry per layer, with one busy fraction per core. */
  layers: { name: string; values: number[] }[];
}

/** `sut 0`, or just `0` when every core belongs to one host. */
export function coreLabels(cores: CoreResult[]): string[] {
  const oneHost = new Set(cores.map((c) => c.host)).size <= 1;
  return cores.map((c) => (oneHost ? `core ${c.core}` : `${c.host} ${c.core}`));
}

/**
 * Layers in first-seen order; `overhead` and `idle-poll` (time that is not a
 * stage's own work) go last so the useful work sits at the bottom of each bar.
 */
export function coreLayers(cores: CoreResult[], split: (core: CoreResult) => Record<string, number> | undefined): Layers {
  const names = [...new Set(cores.flatMap((core) => Object.keys(split(core) ?? {})))];
  const lastOnes = ['overhead', 'idle-poll'];
  names.sort((a, b) => Number(lastOnes.includes(a)) - Number(lastOnes.includes(b)));
  return {
    labels: coreLabels(cores),
    layers: names.map((name) => ({
      name,
      values: cores.map((core) => {
        const value = split(core)?.[name];
        return typeof value === 'number' && Number.isFinite(value) ? value : 0;
      }),
    })),
  };
}
