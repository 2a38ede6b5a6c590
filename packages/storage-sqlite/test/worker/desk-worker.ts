/**
 * A separate Node process acting as one desk process on a SQLite file, for the backplane's
 * process test. Run as `node desk-worker.mjs '<json plan>'`: at `startAt` it asks for the lease
 * `sweep`, appends a walk-in's audit row and revokes a session, printing `lease true|false`,
 * `appended` and `revoked` as each commits, then `done`.
 */
import { createSqliteStore } from '@antrean/storage-sqlite';
import Database from 'libsql';

/** What one desk process does. */
export interface DeskPlan {
  readonly file: string;
  /** The lease holder's name, the walk-in's reason and the revoked session's prefix. */
  readonly name: string;
  readonly officeId: string;
  /** The lease's `now`, epoch ms: the same for every process, so they ask at one instant. */
  readonly now: number;
  /** Wall-clock epoch ms to start at, so processes started one after another overlap. */
  readonly startAt: number;
}

const fail = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

const main = async (plan: DeskPlan): Promise<void> => {
  const db = new Database(plan.file);
  const store = (await createSqliteStore(db))._unsafeUnwrap();
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, plan.startAt - Date.now())));
  const now = new Date(plan.now);
  const lease = await store.acquireLease({
    name: 'sweep',
    holder: plan.name,
    now,
    until: new Date(plan.now + 60_000),
  });
  process.stdout.write(`lease ${lease.isOk() ? lease.value : fail(lease.error.message)}\n`);
  const walkIn = { officeId: plan.officeId, date: '2030-03-04', series: 'W', at: now, officer: plan.name };
  const issued = await store.issueWalkIn({ ...walkIn, reason: plan.name });
  if (issued.isErr()) fail(issued.error.message);
  process.stdout.write('appended\n');
  const revoked = await store.revokeSession({
    sessionId: `${plan.name}-session`,
    expiresAt: new Date(plan.now + 3_600_000),
  });
  if (revoked.isErr()) fail(revoked.error.message);
  process.stdout.write('revoked\n');
  await store.close();
  db.close();
  process.stdout.write('done\n');
};

await main(JSON.parse(process.argv[2] ?? '{}') as DeskPlan);
