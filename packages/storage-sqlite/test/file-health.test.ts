/**
 * A database file deleted or replaced under a running store: the open connection would keep
 * writing into the lost file without an error, confirming bookings nobody will ever see. The
 * store remembers the file's device and inode, so `health()` and every write refuse instead.
 */
import { renameSync, unlinkSync } from 'node:fs';
import { activeFrom, type BookingStore } from '@antrean/core';
import { createSqliteStore } from '@antrean/storage-sqlite';
import { conformanceFixtures } from '@antrean/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { type ClosableDatabase, openLibsql, probeOf, tempDir } from './sqlite-harness';

const { DAY, NOW, fixtures, helpReply, newBooking, reserveInput, slot } = conformanceFixtures;
const session = slot(DAY, '08:00', 5);

/** Every write of the store, on a booking that exists; each must come back as an error. */
const everyWrite = (store: BookingStore, f: ReturnType<typeof fixtures>, code: string, phone: string) => {
  const at = { officeId: f.officeId, code, activeFrom: activeFrom(NOW) };
  return Promise.all([
    store.reserve(reserveInput(newBooking(f), [session])),
    store.cancel({ ...at, phone, now: NOW }),
    store.markCheckedIn({ ...at, at: NOW }),
    store.recordReply(f.messageKey(), helpReply('lost'), NOW),
    store.purge(NOW),
  ]);
};

describe('the database file under a running store', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });
  const opened = async (): Promise<{
    db: ClosableDatabase;
    store: BookingStore;
    file: string;
    dir: string;
  }> => {
    const dir = tempDir();
    const file = dir.file();
    const db = openLibsql(file);
    cleanups.push(() => {
      db.close();
      dir.remove();
    });
    return { db, store: (await createSqliteStore(db))._unsafeUnwrap(), file, dir: dir.path };
  };

  it('deleted: health is an error naming it, every write is refused, nothing is confirmed', async () => {
    const { db, store, file } = await opened();
    const f = fixtures();
    const kept = newBooking(f);
    expect((await store.reserve(reserveInput(kept, [session])))._unsafeUnwrap().type).toBe('Reserved');
    expect((await store.health()).isOk()).toBe(true);

    unlinkSync(file);
    const health = await store.health();
    expect(health._unsafeUnwrapErr()).toMatchObject({
      type: 'StoreUnavailable',
      message: expect.stringMatching(/deleted/),
    });
    const late = newBooking(f);
    const refused = await store.reserve(reserveInput(late, [session]));
    expect(refused._unsafeUnwrapErr().message).toMatch(/deleted/);
    for (const result of await everyWrite(store, f, kept.code, kept.phone)) {
      expect(result._unsafeUnwrapErr().type).toBe('StoreUnavailable');
    }
    // The lost file, still readable through the open connection, holds nothing new.
    const probe = probeOf(db);
    expect(await probe.booking(late.code)).toBeUndefined();
    expect((await probe.booking(kept.code))?.status).toBe('active');
    expect(await probe.heldInSlot(f.officeId, session.slotId)).toBe(1);
  });

  it('replaced by another database: health is an error naming it, and nothing is booked', async () => {
    const { db, store, file, dir } = await opened();
    const other = `${dir}/other.db`;
    const otherDb = openLibsql(other);
    (await createSqliteStore(otherDb))._unsafeUnwrap();
    otherDb.close();
    renameSync(other, file);

    expect((await store.health())._unsafeUnwrapErr().message).toMatch(/replaced/);
    const f = fixtures();
    const draft = newBooking(f);
    expect((await store.reserve(reserveInput(draft, [session])))._unsafeUnwrapErr().message).toMatch(
      /replaced/,
    );
    // The old file (still open) holds nothing new; the new one was never written by this store.
    expect(await probeOf(db).booking(draft.code)).toBeUndefined();
  });

  it('an unchanged file and a :memory: database (no file at all) are healthy', async () => {
    const { store } = await opened();
    expect((await store.health()).isOk()).toBe(true);
    const memory = openLibsql(':memory:');
    try {
      const inMemory = (await createSqliteStore(memory))._unsafeUnwrap();
      expect((await inMemory.health()).isOk()).toBe(true);
      const f = fixtures();
      expect((await inMemory.reserve(reserveInput(newBooking(f), [session])))._unsafeUnwrap().type).toBe(
        'Reserved',
      );
    } finally {
      memory.close();
    }
  });
});
