/** Driver failures come back as StoreUnavailable, never as throws, and leave nothing half-written. */
import { createSqliteStore } from '@antrean/storage-sqlite';
import { conformanceFixtures } from '@antrean/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSlots } from './slot-check';
import { openLibsql, probeOf, tempDir } from './sqlite-harness';

const { DAY, NOW, fixtures, newBooking, reserveInput, slot } = conformanceFixtures;

describe('failures', () => {
  const dirs: ReturnType<typeof tempDir>[] = [];
  const open = () => {
    const dir = tempDir();
    dirs.push(dir);
    return openLibsql(dir.file());
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) dir.remove();
  });

  it('every call on a closed database is StoreUnavailable, not a throw', async () => {
    const db = open();
    const store = (await createSqliteStore(db))._unsafeUnwrap();
    const f = fixtures();
    const draft = newBooking(f);
    await store.findByCode(f.officeId, draft.code); // statements prepared while open are cached: they must fail too
    db.close();
    const at = { officeId: f.officeId, code: draft.code, activeFrom: NOW };
    const calls = [
      store.reserve(reserveInput(draft, [slot(DAY, '08:00', 1)])),
      store.cancel({ ...at, phone: draft.phone, now: NOW }),
      store.markCheckedIn({ ...at, at: NOW }),
      store.findByCode(f.officeId, draft.code),
      store.findReply(f.messageKey()),
      store.recordReply(f.messageKey(), { text: 'x', outcome: { kind: 'help' } }, NOW),
      store.findActiveByApplicant(draft.applicantKey, NOW),
      store.countBySlot(f.officeId, [DAY]),
      store.listByDate(f.officeId, DAY),
      store.purge(NOW),
      store.health(),
      store.claim({ now: NOW, leaseUntil: NOW, leaseToken: 't', limit: 1 }),
      store.markSent({ id: '1', leaseToken: 't', at: NOW, providerMessageId: 'wamid.1' }),
      store.markFailed({ id: '1', leaseToken: 't', at: NOW, error: { reason: 'x' } }),
      store.postpone({ id: '1', leaseToken: 't', at: NOW, until: NOW }),
      store.recordDeliveryStatus({ providerMessageId: 'wamid.1', state: 'read', at: NOW }),
      store.outboxStats(),
    ];
    for (const result of await Promise.all(calls)) {
      expect(result.isErr() && result.error.type).toBe('StoreUnavailable');
    }
  });

  it('a writer locked out by another connection gets StoreUnavailable, then succeeds once it is free', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const holder = openLibsql(dir.file());
    const db = openLibsql(dir.file());
    const store = (await createSqliteStore(db, { busyTimeoutMs: 0 }))._unsafeUnwrap();
    const f = fixtures();
    const input = reserveInput(newBooking(f), [slot(DAY, '08:00', 1)]);
    holder.exec('BEGIN IMMEDIATE');
    const locked = await store.reserve(input);
    expect(locked.isErr() && locked.error.message).toMatch(/locked|busy/i);
    holder.exec('ROLLBACK');
    expect((await store.reserve(input))._unsafeUnwrap().type).toBe('Reserved');
    holder.close();
    db.close();
  });

  it('opening a closed database is an error result', async () => {
    const db = open();
    db.close();
    const result = await createSqliteStore(db);
    expect(result.isErr() && result.error.type).toBe('StoreUnavailable');
  });

  it('a closed store answers StoreUnavailable', async () => {
    const db = open();
    const store = (await createSqliteStore(db))._unsafeUnwrap();
    await store.close();
    const result = await store.findByCode('kanim', 'ABCD2345');
    expect(result.isErr() && result.error.message).toMatch(/closed/);
    expect((await store.health())._unsafeUnwrapErr().message).toMatch(/closed/);
    db.close();
  });

  it('a reply renderer that throws rolls the whole reservation back', async () => {
    const db = open();
    const store = (await createSqliteStore(db))._unsafeUnwrap();
    const f = fixtures();
    const draft = newBooking(f);
    const session = slot(DAY, '08:00', 1);
    const key = f.messageKey();
    const render = () => {
      throw new Error('renderer broke');
    };
    const result = await store.reserve(reserveInput(draft, [session], { message: { key, render } }));
    expect(result.isErr() && result.error.message).toMatch(/renderer broke/);
    const probe = probeOf(db);
    expect(await probe.booking(draft.code)).toBeUndefined();
    expect(await probe.heldInSlot(f.officeId, session.slotId)).toBe(0);
    expect(await probe.messageReply(key)).toBeUndefined();
    expect(db.prepare('SELECT * FROM number_bindings').all()).toEqual([]);
    expect(checkSlots(db)).toEqual([]);
    // The place is still free for the next applicant.
    expect((await store.reserve(reserveInput(newBooking(f), [session])))._unsafeUnwrap().type).toBe(
      'Reserved',
    );
    db.close();
  });

  it('the schema itself refuses a second active booking and a counter above capacity', async () => {
    const db = open();
    const store = (await createSqliteStore(db))._unsafeUnwrap();
    const f = fixtures();
    const draft = newBooking(f);
    await store.reserve(reserveInput(draft, [slot(DAY, '08:00', 1)]));
    expect(() =>
      db.exec(`INSERT INTO bookings SELECT 'ZZZZ2345', office_id, applicant_key, applicant_name, birth_date,
        application_type, phone, slot_id, date, starts_at, check_in_deadline, status, created_at, updated_at
        FROM bookings WHERE code = '${draft.code}'`),
    ).toThrow(/UNIQUE/);
    expect(() => db.exec('UPDATE slot_counters SET held = held + 1')).toThrow(/CHECK/);
    expect(() => db.exec(`UPDATE bookings SET status = 'lost' WHERE code = '${draft.code}'`)).toThrow(
      /CHECK/,
    );
    db.close();
  });
});
