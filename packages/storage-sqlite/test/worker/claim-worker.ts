/**
 * A separate Node process that claims outbox items from a SQLite file until none is left, for the
 * multi-process claim test. Run as `node claim-worker.mjs '<json plan>'`; prints each claimed
 * item's id on its own line, right after the claim commits, then `done`.
 */
import { createSqliteStore } from '@antrean/storage-sqlite';
import Database from 'libsql';

/** What one claimer does. */
export interface ClaimPlan {
  readonly file: string;
  /** Makes this process's lease tokens unique. */
  readonly name: string;
  /** Items per claim. */
  readonly limit: number;
  /** The claims' `now`, epoch ms. */
  readonly now: number;
  /** Wall-clock epoch ms to start claiming at, so processes started one after another overlap. */
  readonly startAt: number;
}

const main = async (plan: ClaimPlan): Promise<void> => {
  const db = new Database(plan.file);
  const store = (await createSqliteStore(db))._unsafeUnwrap();
  const now = new Date(plan.now);
  const leaseUntil = new Date(plan.now + 3_600_000);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, plan.startAt - Date.now())));
  for (let round = 0; ; round++) {
    const claimed = await store.claim({
      now,
      leaseUntil,
      leaseToken: `${plan.name}-${round}`,
      limit: plan.limit,
    });
    if (claimed.isErr()) {
      process.stderr.write(`store error: ${claimed.error.message}\n`);
      process.exitCode = 1;
      return;
    }
    if (claimed.value.length === 0) break;
    process.stdout.write(claimed.value.map((item) => `${item.id}\n`).join(''));
  }
  await store.close();
  db.close();
  process.stdout.write('done\n');
};

await main(JSON.parse(process.argv[2] ?? '{}') as ClaimPlan);
