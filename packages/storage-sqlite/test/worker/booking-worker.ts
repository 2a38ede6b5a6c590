/**
 * A separate Node process that books through the SQLite store, for the crash and
 * multi-process tests. Bundled by `bundle-worker.ts` and run as `node worker.mjs '<json plan>'`.
 * Prints `code slotId` for every booking the store confirmed, right after its commit returns
 * (stdout to a pipe is synchronous on Linux, so a printed line was confirmed), then `done`.
 */
import { activeFrom, type SessionSlot } from '@antrean/core';
import { createSqliteStore } from '@antrean/storage-sqlite';
import Database from 'libsql';

/** What one worker does. */
export interface WorkerPlan {
  readonly file: string;
  /** One letter that makes this worker's codes and phones unique among workers. */
  readonly worker: string;
  /** Applicant numbers to book for, in this order. */
  readonly applicants: readonly number[];
  readonly sessions: readonly { readonly slotId: string; readonly capacity: number }[];
  /** Reservations kept in flight at once (default 1: one after another). */
  readonly inFlight?: number;
}

const NOW = new Date('2030-03-01T03:00:00Z');
const STARTS = new Date('2030-03-04T01:00:00Z');

const slotOf = (s: WorkerPlan['sessions'][number], index: number): SessionSlot => {
  const startsAt = new Date(STARTS.getTime() + index * 3_600_000);
  return {
    slotId: s.slotId,
    date: '2030-03-04',
    start: `${String(8 + index).padStart(2, '0')}:00`,
    end: `${String(9 + index).padStart(2, '0')}:00`,
    startsAt,
    checkInDeadline: new Date(startsAt.getTime() - 1_800_000),
    capacity: s.capacity,
  };
};

const main = async (plan: WorkerPlan): Promise<void> => {
  const db = new Database(plan.file);
  const store = (await createSqliteStore(db))._unsafeUnwrap();
  const candidates = plan.sessions.map(slotOf);
  const book = async (n: number): Promise<void> => {
    const result = await store.reserve({
      booking: {
        code: `${plan.worker}${String(n).padStart(7, '0')}`,
        officeId: 'kanim-crash',
        applicantKey: `APPLICANT ${n}|1987-01-25`,
        applicant: { name: `APPLICANT ${n}`, birthDate: '1987-01-25' },
        applicationType: 'regular',
        phone: `+62812${plan.worker.charCodeAt(0)}${String(n).padStart(6, '0')}`,
        createdAt: NOW,
      },
      candidates,
      now: NOW,
      activeFrom: activeFrom(NOW),
      bindingSince: new Date(NOW.getTime() - 90 * 86_400_000),
    });
    if (result.isErr()) {
      process.stderr.write(`store error: ${result.error.message}\n`);
      process.exitCode = 1;
      return;
    }
    if (result.value.type === 'Reserved') {
      process.stdout.write(`${result.value.booking.code} ${result.value.booking.slotId}\n`);
    }
  };
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < plan.applicants.length && process.exitCode === undefined) {
      await book(plan.applicants[next++]!);
    }
  };
  await Promise.all(Array.from({ length: plan.inFlight ?? 1 }, lane));
  if (process.exitCode !== undefined) return;
  await store.close();
  db.close();
  process.stdout.write('done\n');
};

await main(JSON.parse(process.argv[2] ?? '{}') as WorkerPlan);
