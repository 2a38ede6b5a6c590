/** Group commit: writes arriving together share a transaction, each isolated, each answered after COMMIT. */
import type { ReserveResult } from '@antrean/core';
import { createSqliteStore, type SqliteStoreOptions } from '@antrean/storage-sqlite';
import { conformanceFixtures } from '@antrean/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { watchCommits } from './commit-watch';
import { checkSlots } from './slot-check';
import { openLibsql, probeOf, tempFiles } from './sqlite-harness';

const { DAY, cancelInput, fixtures, helpReply, newBooking, reserveInput, slot } = conformanceFixtures;

const booked = (results: readonly { isOk(): boolean; _unsafeUnwrap(): ReserveResult }[]) =>
  results.filter((r) => r.isOk() && r._unsafeUnwrap().type === 'Reserved').length;

describe('group commit', () => {
  const { file, removeAll } = tempFiles();
  afterEach(removeAll);
  // A store on a watched connection to a new file, with no commit noted yet, and a session of 100.
  const opened = async (options?: SqliteStoreOptions, path = file()) => {
    const raw = openLibsql(path);
    const watched = watchCommits(raw);
    const store = (await createSqliteStore(watched.db, options))._unsafeUnwrap();
    watched.events.length = 0; // the migrations committed too
    return { raw, watched, store, f: fixtures(), session: slot(DAY, '08:00', 100) };
  };

  it('a request that throws mid-way is undone alone; its neighbours commit durably, in one transaction', async () => {
    const path = file();
    const { raw, watched, store, f, session } = await opened({}, path);
    const drafts = Array.from({ length: 40 }, () => newBooking(f));
    const bad = drafts[17]!;
    const render = () => {
      throw new Error('renderer broke');
    };
    const results = await Promise.all(
      drafts.map((d) =>
        store.reserve(
          reserveInput(d, [session], d === bad ? { message: { key: f.messageKey(), render } } : {}),
        ),
      ),
    );
    expect(watched.events).toEqual(['commit']);
    expect(results[17]!.isErr() && results[17]!.error.message).toMatch(/renderer broke/);
    expect(booked(results)).toBe(39);
    await store.close();
    raw.close();
    // What a fresh connection finds in the file is what the callers were told.
    const again = openLibsql(path);
    const probe = probeOf(again);
    expect(await probe.booking(bad.code)).toBeUndefined();
    for (const d of drafts.filter((d) => d !== bad))
      expect((await probe.booking(d.code))?.status).toBe('active');
    expect(await probe.heldInSlot(f.officeId, session.slotId)).toBe(39);
    expect(await probe.activeForApplicant(bad.applicantKey)).toBe(0);
    expect(checkSlots(again)).toEqual([]);
    again.close();
  });

  it('writes of one batch run in arrival order and see each other: capacity, duplicates, one booking', async () => {
    const { raw, watched, store, f } = await opened();
    const session = slot(DAY, '08:00', 2);
    const [a, b, c, d] = [newBooking(f), newBooking(f), newBooking(f), newBooking(f)];
    await store.reserve(reserveInput(c, [session]));
    watched.events.length = 0;
    const key = f.messageKey();
    const withKey = (label: string) => ({ message: { key, render: () => helpReply(label) } });
    const sameApplicant = { ...newBooking(f), applicant: a.applicant, applicantKey: a.applicantKey };
    const results = await Promise.all([
      store.reserve(reserveInput(a, [session], withKey('first'))),
      store.reserve(reserveInput({ ...a, code: 'ZZZZ2345' }, [session], withKey('again'))),
      store.reserve(reserveInput(b, [session])),
      store.cancel(cancelInput(c)),
      store.reserve(reserveInput(d, [session])),
      store.reserve(reserveInput(sameApplicant, [session])),
    ]);
    expect(watched.events).toEqual(['commit']);
    expect(results.map((r) => r._unsafeUnwrap().type)).toEqual([
      'Reserved',
      'DuplicateMessage',
      'SessionsFull',
      'Cancelled',
      'Reserved',
      'ApplicantHasBooking',
    ]);
    expect(results[1]!._unsafeUnwrap()).toMatchObject({ reply: helpReply('first') });
    expect(results[5]!._unsafeUnwrap()).toMatchObject({ existing: { code: a.code } });
    expect(await probeOf(raw).heldInSlot(f.officeId, session.slotId)).toBe(2);
    expect(checkSlots(raw)).toEqual([]);
    raw.close();
  });

  it('each caller is answered only after the COMMIT holding its write; maxBatch splits the queue', async () => {
    const { raw, watched, store, f, session } = await opened({ groupCommit: { maxBatch: 4 } });
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        store.reserve(reserveInput(newBooking(f), [session])).map((r) => {
          watched.events.push('answer');
          return r;
        }),
      ),
    );
    expect(booked(results)).toBe(10);
    const a = 'answer';
    expect(watched.events).toEqual(['commit', a, a, a, a, 'commit', a, a, a, a, 'commit', a, a]);
    raw.close();
  });

  it('a failed COMMIT refuses every request of its batch and writes none', async () => {
    const { raw, watched, store, f, session } = await opened();
    const drafts = Array.from({ length: 8 }, () => newBooking(f));
    watched.failNextCommit();
    const results = await Promise.all(drafts.map((d) => store.reserve(reserveInput(d, [session]))));
    for (const result of results) {
      expect(result.isErr() && result.error).toMatchObject({
        type: 'StoreUnavailable',
        message: /disk I\/O/,
      });
    }
    const probe = probeOf(raw);
    expect(await probe.heldInSlot(f.officeId, session.slotId)).toBe(0);
    for (const d of drafts) expect(await probe.booking(d.code)).toBeUndefined();
    // The next batch commits as usual.
    expect(booked(await Promise.all(drafts.map((d) => store.reserve(reserveInput(d, [session])))))).toBe(8);
    raw.close();
  });

  it('a request that ends the whole transaction fails its batch: no neighbour is written outside it', async () => {
    const { raw, store, f, session } = await opened();
    const drafts = Array.from({ length: 6 }, () => newBooking(f));
    // As SQLite does on a full disk: the transaction is gone, not just the statement.
    const render = () => {
      raw.exec('ROLLBACK');
      throw new Error('database or disk is full (simulated)');
    };
    const results = await Promise.all(
      drafts.map((d, i) =>
        store.reserve(
          reserveInput(d, [session], i === 2 ? { message: { key: f.messageKey(), render } } : {}),
        ),
      ),
    );
    for (const result of results) expect(result.isErr()).toBe(true);
    expect(await probeOf(raw).heldInSlot(f.officeId, session.slotId)).toBe(0);
    expect(checkSlots(raw)).toEqual([]);
    raw.close();
  });

  it('maxWaitMs gathers writes that arrive within it into one transaction', async () => {
    const { raw, watched, store, f, session } = await opened({ groupCommit: { maxWaitMs: 50 } });
    const first = store.reserve(reserveInput(newBooking(f), [session]));
    // Past the next turn of the event loop, where a store without maxWaitMs commits what it has:
    // the first write is still waiting, and the second, arriving now, joins it.
    await new Promise(setImmediate);
    expect(watched.events).toEqual([]);
    const second = store.reserve(reserveInput(newBooking(f), [session]));
    expect(booked(await Promise.all([first, second]))).toBe(2);
    expect(watched.events).toEqual(['commit']);
    raw.close();
  });

  it('close() lets queued writes finish; later writes are refused', async () => {
    const { raw, store, f, session } = await opened();
    const queued = store.reserve(reserveInput(newBooking(f), [session]));
    await store.close();
    expect((await queued)._unsafeUnwrap().type).toBe('Reserved');
    const late = await store.reserve(reserveInput(newBooking(f), [session]));
    expect(late.isErr() && late.error.message).toMatch(/closed/);
    raw.close();
  });

  it.each([
    [{ maxBatch: 0 }, /maxBatch/],
    [{ maxBatch: 2.5 }, /maxBatch/],
    [{ maxBatch: Number.NaN }, /maxBatch/],
    [{ maxWaitMs: -1 }, /maxWaitMs/],
    [{ maxWaitMs: Number.POSITIVE_INFINITY }, /maxWaitMs/],
  ])(
    'groupCommit %o is refused with a StoreUnavailable result, not a throw',
    async (groupCommit, message) => {
      const raw = openLibsql(file());
      const result = await createSqliteStore(raw, { groupCommit });
      expect(result.isErr() && result.error).toMatchObject({ type: 'StoreUnavailable', message });
      raw.close();
    },
  );
});
