import { Bench } from 'tinybench';
import { median } from './report';

/** Which side of a comparison a round measures. */
export type Side = 'ours' | 'baseline';

/** Medians of the per-second rates each side measured. */
export interface SideRates {
  readonly ours: number;
  readonly baseline: number;
}

/**
 * Measures ours, then the baseline, `rounds` times over, as tinybench tasks of one iteration each
 * (every round is a whole workload, timed by `measure`, which returns its rate a second), so drift on
 * a shared machine falls on both sides alike. `prepare` runs before a round, outside its timing.
 */
export async function alternateRounds(
  rounds: number,
  measure: (side: Side, round: number) => Promise<number>,
  prepare?: (side: Side, round: number) => Promise<void>,
): Promise<SideRates> {
  const bench = new Bench({ time: 0, iterations: 1, warmup: false });
  const rates: Record<Side, number[]> = { ours: [], baseline: [] };
  for (let round = 0; round < rounds; round += 1) {
    for (const side of ['ours', 'baseline'] as const) {
      const beforeAll = prepare && (() => prepare(side, round));
      bench.add(
        `${side} ${round}`,
        async () => {
          rates[side].push(await measure(side, round));
        },
        beforeAll ? { beforeAll } : {},
      );
    }
  }
  await bench.run();
  return { ours: median(rates.ours), baseline: median(rates.baseline) };
}
