// Simulated time is an integer number of picoseconds held in a Float64.
// Integers up to 2^53 ps (about 2.5 hours) are exact, so sums of durations
// never drift, however long the run.

export const PS_PER_SECOND = 1e12;

/** Seconds to whole picoseconds. */
export function toPs(seconds: number): number {
  return Math.round(seconds * PS_PER_SECOND);
}

/** Picoseconds to seconds. */
export function toSeconds(ps: number): number {
  return ps / PS_PER_SECOND;
}
