/**
 * Messages read a second: the core's `parseMessage` plus the date checks the service makes before
 * it asks the store, against the least anyone could do (`split('#')` and one `Date` per date
 * field). Both run as tinybench tasks in one Bench, alternating, so drift hits both alike.
 */
import { isValidLocalDate, parseMessage } from '@antrean/core';
import { Bench } from 'tinybench';
import { checkBirthDate } from '../packages/core/src/rules/check-birth-date';
import { messageMix } from './message-mix';
import { type BenchOptions, type BenchReport, median, ratioReport } from './report';

const TODAY = '2030-03-01';

/** What the service checks of a message before the store sees it. */
const ours = (text: string): boolean => {
  const parsed = parseMessage(text);
  if (parsed.isErr() || parsed.value.kind !== 'book') return false;
  const { birthDate, arrivalDate } = parsed.value.request;
  return checkBirthDate(birthDate, TODAY).isOk() && isValidLocalDate(arrivalDate);
};

const dateOf = (field: string | undefined): Date =>
  new Date(`${field?.slice(4, 8)}-${field?.slice(2, 4)}-${field?.slice(0, 2)}`);

/** The baseline: split on `#`, one `Date` for each of the two date fields. */
const baseline = (text: string): boolean => {
  const [, name, birth, arrival] = text.split('#');
  return name !== undefined && !Number.isNaN(dateOf(birth).getTime() + dateOf(arrival).getTime());
};

/** Runs both readers over the mix, alternating rounds; ratio = ours / baseline. */
export async function run({ quick }: BenchOptions): Promise<BenchReport> {
  const mix = messageMix(1_000);
  const bench = new Bench({ time: quick ? 300 : 1_500, warmupTime: quick ? 100 : 300 });
  const rounds = quick ? 2 : 3;
  let sink = 0;
  for (let round = 0; round < rounds; round += 1) {
    bench.add(`ours ${round}`, () => {
      for (const text of mix) if (ours(text)) sink += 1;
    });
    bench.add(`baseline ${round}`, () => {
      for (const text of mix) if (baseline(text)) sink += 1;
    });
  }
  await bench.run();
  const rate = (prefix: string): number =>
    median(
      bench.tasks
        .filter((t) => t.name.startsWith(prefix))
        .map((t) => (mix.length * 1000) / (t.result?.latency.mean ?? Number.NaN)),
    );
  const opsPerSec = rate('ours');
  const baselineOpsPerSec = rate('baseline');
  if (sink < 0) throw new Error('unreachable: keeps the work observable');
  return ratioReport(opsPerSec, baselineOpsPerSec, [
    'messages parsed and validated',
    'baseline split("#") + Date',
    'ratio (target >= 0.5)',
  ]);
}
