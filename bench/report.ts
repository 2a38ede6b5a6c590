/** What one benchmark hands the runner: its figures for the JSON line and its lines of the table. */
export interface BenchReport {
  /** The JSON line's figures, or why the benchmark could not run. */
  readonly figures: Readonly<Record<string, number>> | { readonly skipped: string };
  /** Human-readable lines for the table: a label and a value already formatted. */
  readonly lines: ReadonlyArray<readonly [string, string]>;
}

/** How a benchmark is run: `quick` scales it down to fit the 60-second smoke run. */
export interface BenchOptions {
  readonly quick: boolean;
}

/** A benchmark that cannot run here, and why. */
export const skipped = (reason: string): BenchReport => ({ figures: { skipped: reason }, lines: [] });

/** The `p`-th percentile (0–100) of ascending `sorted`, NaN when empty. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;

/** The median of `values` (any order). */
export const median = (values: readonly number[]): number =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/** `value` rounded to `digits` decimals, for the JSON line. */
export const rounded = (value: number, digits = 0): number => Number(value.toFixed(digits));

/** `n` as a per-second figure with thousands separators, for the table. */
export const perSecond = (n: number): string => `${Math.round(n).toLocaleString('en-US')}/s`;

/** The figures and table lines of an ours-versus-baseline comparison; labels: ours, baseline, ratio. */
export const ratioReport = (
  opsPerSec: number,
  baselineOpsPerSec: number,
  labels: readonly [string, string, string],
): BenchReport => ({
  figures: {
    opsPerSec: rounded(opsPerSec),
    baselineOpsPerSec: rounded(baselineOpsPerSec),
    ratio: rounded(opsPerSec / baselineOpsPerSec, 3),
  },
  lines: [
    [labels[0], perSecond(opsPerSec)],
    [labels[1], perSecond(baselineOpsPerSec)],
    [labels[2], (opsPerSec / baselineOpsPerSec).toFixed(2)],
  ],
});
