/**
 * The transaction the core's use cases run in: a use case that awaits keeps every other call of
 * the store out until it ends, a ConcurrentChange runs it again, and two stores of one process on
 * one file wait for each other's lock without blocking the event loop.
 */
import { ConcurrentChange, type LedgerPrimitives } from '@antrean/core';
import { createSqliteStore, type SqliteStoreOptions } from '@antrean/storage-sqlite';
import { conformanceFixtures } from '@antrean/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibsql, probeOf, tempFiles } from './sqlite-harness';

const { DAY, NOW, fixtures, newBooking, reserveInput, slot } = conformanceFixtures;

/** A promise and the function that resolves it. */
const gate = () => {
  let open = (): void => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
};

/** Lets `n` turns of the event loop pass: long enough for any call not held back to settle. */
const turns = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i += 1) await new Promise((resolve) => setImmediate(resolve));
};

const MODES: [string, SqliteStoreOptions][] = [
  ['group commit', {}],
  ['groupCommit: false', { groupCommit: false }],
];

describe.each(MODES)('transact (%s)', (_, options) => {
  const { file, removeAll } = tempFiles();
  afterEach(removeAll);

  it('a read waits for the open transaction and sees only what it committed', async () => {
    const db = openLibsql(file());
    const store = (await createSqliteStore(db, options))._unsafeUnwrap();
    const f = fixtures();
    const session = slot(DAY, '08:00', 3);
    const draft = newBooking(f);
    const held = gate();
    const entered = gate();
    const seen: string[] = [];
    const writing = store.transact({ useCase: 'reserve' }, async (tx) => {
      await tx.takePlace(f.officeId, session);
      entered.open();
      await held.opened; // a real wait: timers and other calls get their turn meanwhile
      seen.push('committing');
      return 'done';
    });
    await entered.opened;
    const reading = store.countBySlot(f.officeId, [DAY]).map((counts) => {
      seen.push(`read ${counts.get(session.slotId) ?? 0}`);
      return counts;
    });
    await turns(5);
    expect(seen).toEqual([]);
    held.open();
    expect((await writing)._unsafeUnwrap()).toBe('done');
    await reading;
    expect(seen).toEqual(['committing', 'read 1']);
    expect((await store.reserve(reserveInput(draft, [session])))._unsafeUnwrap().type).toBe('Reserved');
    db.close();
  });

  it('a ConcurrentChange undoes the run and runs the use case again; one that keeps coming is an error', async () => {
    const db = openLibsql(file());
    const store = (await createSqliteStore(db, options))._unsafeUnwrap();
    const f = fixtures();
    const session = slot(DAY, '08:00', 5);
    const heldNow = async (tx: LedgerPrimitives) => (await tx.takePlace(f.officeId, session)) && 1;
    let runs = 0;
    const once = await store.transact({ useCase: 'reserve' }, async (tx) => {
      runs += 1;
      await heldNow(tx);
      if (runs === 1) throw new ConcurrentChange('lost a race');
      return runs;
    });
    expect(once._unsafeUnwrap()).toBe(2);
    const always = await store.transact({ useCase: 'reserve' }, async (tx) => {
      await heldNow(tx);
      throw new ConcurrentChange('lost every race');
    });
    expect(always.isErr() && always.error).toMatchObject({
      type: 'StoreUnavailable',
      message: /lost every race/,
    });
    // One place from the run that committed; none from the undone runs.
    const counts = (await store.countBySlot(f.officeId, [DAY]))._unsafeUnwrap();
    expect(counts.get(session.slotId)).toBe(1);
    db.close();
  });

  it('takePlace is one more while fewer than the capacity are held, nothing else', async () => {
    const db = openLibsql(':memory:');
    const store = (await createSqliteStore(db, options))._unsafeUnwrap();
    const f = fixtures();
    const taken = await store.transact({ useCase: 'reserve' }, async (tx) => {
      const two = slot(DAY, '08:00', 2);
      return [
        await tx.takePlace(f.officeId, two),
        await tx.takePlace(f.officeId, two),
        await tx.takePlace(f.officeId, two),
        // A larger capacity given later is the one in force.
        await tx.takePlace(f.officeId, { ...two, capacity: 3 }),
        await tx.takePlace(f.officeId, { ...two, capacity: 3 }),
      ];
    });
    expect(taken._unsafeUnwrap()).toEqual([true, true, false, true, false]);
    db.close();
  });

  it('two stores of one process on one file wait for each other, the event loop free', async () => {
    const path = file();
    const [a, b] = [openLibsql(path), openLibsql(path)];
    const first = (await createSqliteStore(a, options))._unsafeUnwrap();
    const second = (await createSqliteStore(b, options))._unsafeUnwrap();
    const f = fixtures();
    const session = slot(DAY, '08:00', 1);
    const [one, two] = [newBooking(f), newBooking(f)];
    const held = gate();
    const slow = first.transact({ useCase: 'reserve' }, async (tx) => {
      await held.opened;
      return tx.takePlace(f.officeId, session);
    });
    const waiting = second.reserve(reserveInput(one, [session], { now: NOW }));
    // The second store's BEGIN waits on a timer, so the loop still turns and the first commits.
    await turns(5);
    held.open();
    expect((await slow)._unsafeUnwrap()).toBe(true);
    expect((await waiting)._unsafeUnwrap().type).toBe('SessionsFull');
    expect((await first.reserve(reserveInput(two, [session])))._unsafeUnwrap().type).toBe('SessionsFull');
    expect(await probeOf(a).heldInSlot(f.officeId, session.slotId)).toBe(0);
    a.close();
    b.close();
  });
});
