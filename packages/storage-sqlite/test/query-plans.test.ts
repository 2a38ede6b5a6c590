/**
 * Cost that does not grow with the file: every statement the store prepares, run through a
 * workload of every operation, is planned as index searches. A full scan of bookings, messages,
 * bindings or counters, or a search that reads all of an office's rows, would make each call
 * slower as bookings accumulate.
 */
import type { SqliteDatabase } from '@antrean/storage-sqlite';
import { createSqliteStore } from '@antrean/storage-sqlite';
import { conformanceFixtures } from '@antrean/testkit';
import { expect, it } from 'vitest';
import { openLibsql } from './sqlite-harness';

const { DAY, NOW, cancelInput, fixtures, helpReply, markInput, newBooking, reserveInput, slot } =
  conformanceFixtures;

// Scans that stay small: the one-row sequence, a JSON list of dates, and the partial index
// holding only replies still pending delivery.
const SMALL_SCANS = [
  /^SCAN delivery_sequence$/,
  /^SCAN json_each VIRTUAL TABLE/,
  /^SCAN messages USING INDEX messages_pending_by_next_attempt$/,
];

/** A plan step whose cost grows with the file: a scan, or a search that narrows to a whole office. */
const grows = (detail: string): boolean =>
  (detail.startsWith('SCAN') && !SMALL_SCANS.some((small) => small.test(detail))) ||
  /\(office_id=\?\)$/.test(detail);

/** The connection, noting the SQL of every statement prepared on it. */
const noting = (inner: SqliteDatabase, prepared: Set<string>): SqliteDatabase => ({
  exec: (sql) => inner.exec(sql),
  prepare: (sql) => {
    prepared.add(sql);
    return inner.prepare(sql);
  },
  get open() {
    return inner.open !== false;
  },
});

it('every statement of every operation searches an index; none scans a growing table', async () => {
  const raw = openLibsql(':memory:');
  const prepared = new Set<string>();
  const store = (await createSqliteStore(noting(raw, prepared)))._unsafeUnwrap();
  prepared.clear(); // the migrations' statements run once
  const f = fixtures();
  const session = slot(DAY, '08:00', 5);
  const [a, b] = [newBooking(f), newBooking(f)];
  const key = f.messageKey();
  const delivery = { via: 'whatsapp', to: a.phone };
  await store.reserve(
    reserveInput(a, [session], { message: { key, render: () => helpReply('a'), delivery } }),
  );
  await store.reserve(reserveInput(b, [session]));
  await store.cancel(cancelInput(a));
  await store.cancel(cancelInput(a, NOW, { code: 'ZZZZ2345' }));
  await store.markCheckedIn(markInput(b));
  await store.markCheckedIn(markInput(a));
  await store.findByCode(f.officeId, a.code);
  await store.findActiveByApplicant(b.applicantKey, NOW);
  await store.countBySlot(f.officeId, [DAY]);
  await store.listByDate(f.officeId, DAY);
  await store.findReply(key);
  await store.recordReply(f.messageKey(), helpReply('b'), NOW, delivery);
  const [item] = (
    await store.claim({ now: NOW, leaseUntil: NOW, leaseToken: 't', limit: 5 })
  )._unsafeUnwrap();
  await store.markSent({ id: item!.id, leaseToken: 't', at: NOW, providerMessageId: 'wamid.1' });
  await store.markFailed({ id: item!.id, leaseToken: 't', at: NOW, error: { reason: 'x' } });
  await store.postpone({ id: item!.id, leaseToken: 't', at: NOW, until: NOW });
  await store.recordDeliveryStatus({ providerMessageId: 'wamid.1', state: 'read', at: NOW });
  await store.outboxStats();
  await store.purge(new Date(NOW.getTime() + 30 * 86_400_000));
  expect(prepared.size).toBeGreaterThan(25);

  const scans: string[] = [];
  for (const sql of prepared) {
    if (/^(SAVEPOINT|RELEASE|ROLLBACK)\b/.test(sql)) continue;
    // Any value plans the same; libsql reads one lone argument as named parameters, so bind numbers.
    const params = Array.from(sql.matchAll(/\?/g), () => 0);
    const plan = raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
    for (const { detail } of plan) {
      if (grows(detail)) {
        scans.push(`${detail} <- ${sql.replace(/\s+/g, ' ').slice(0, 90)}`);
      }
    }
  }
  expect(scans).toEqual([]);
  raw.close();
});
