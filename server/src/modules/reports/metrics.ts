/**
 * The statistics the dashboard reports, defined once (README, "Metric definitions"). Durations are in
 * minutes; a percentile is the nearest-rank value (the smallest value with at least p% of values at or below
 * it), so it is always a duration that really happened.
 */

export function percentile(sortedValues: readonly number[], p: number): number | null {
  if (sortedValues.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sortedValues.length));
  return sortedValues[rank - 1];
}

export interface DurationSummary {
  count: number;
  median: number | null;
  p90: number | null;
  /** Share (0–1) of the durations at or under the target; null when there are none. */
  withinTarget: number | null;
}

/** Count, median, 90th percentile and the share within a target, of durations in minutes. */
export function summarize(minutes: number[], targetMinutes: number): DurationSummary {
  const sorted = [...minutes].sort((a, b) => a - b);
  const within = sorted.filter((value) => value <= targetMinutes).length;
  return {
    count: sorted.length,
    median: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    withinTarget: sorted.length === 0 ? null : within / sorted.length,
  };
}

/** Minutes between two instants (ms), to a tenth. */
export function minutesBetween(from: number, to: number): number {
  return Math.round((to - from) / 6_000) / 10;
}
