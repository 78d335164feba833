// Percentiles over raw samples: exact, unlike a bucketed histogram, and cheap for a few hundred thousand values.

/** Sorts a copy once so several percentiles can be read from it. */
export function sortedSamples(values) {
  return Float64Array.from(values).sort();
}

/** Nearest-rank percentile (p in 0..100) of sorted samples; NaN when there are none. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

export function mean(values) {
  return values.length === 0 ? Number.NaN : values.reduce((sum, v) => sum + v, 0) / values.length;
}
