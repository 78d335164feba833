// The bars the foundation must clear. `check(run)` returns { value, pass }, or null when its data was not
// measured (scenario left out by BENCH_ONLY, no /proc).
import { num, pct } from './lib/report.mjs';

/** Throughput of a scenario as a share of the signed-out baseline. */
function ratioAtLeast(id, minimum) {
  return (run) => {
    const ratio = run.ratios.get(id);
    return ratio === undefined ? null : { value: pct(ratio), pass: ratio >= minimum };
  };
}

export const TARGETS = [
  { label: 'signed-in { __typename } ≥ 50% of signed-out', check: ratioAtLeast('typename-jwt', 50) },
  { label: 'me ≥ 45% of signed-out', check: ratioAtLeast('me-jwt', 45) },
  {
    label: 'idle RSS ≤ 250 MB',
    check: ({ memory }) => (memory.idleMb === null ? null : { value: `${num(memory.idleMb, 1)} MB`, pass: memory.idleMb <= 250 }),
  },
  {
    label: 'after-run RSS ≤ 2 × idle',
    check: ({ memory }) => {
      if (memory.idleMb === null || memory.afterMb === null) return null;
      const ratio = memory.afterMb / memory.idleMb;
      return { value: `${num(ratio, 2)} ×`, pass: ratio <= 2 };
    },
  },
];

/** Evaluates every target: rows for the report, and whether any failed. */
export function evaluateTargets(run) {
  const rows = TARGETS.map((target) => {
    const outcome = target.check(run);
    return [target.label, outcome?.value ?? '-', outcome === null ? 'skipped' : outcome.pass ? 'pass' : 'FAIL'];
  });
  return { rows, failed: rows.some((row) => row[2] === 'FAIL') };
}
