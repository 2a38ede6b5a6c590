import type { BookingStore, DeskBackplane } from '@antrean/core';
import { deskBackplaneConformanceSuite } from '@antrean/testkit';
import { describe, expect, it } from 'vitest';
import { createMemoryHarness } from '../../storage-memory/test/memory-harness';
import {
  feedsNewestFirst,
  holdsAtUntil,
  lastRevocationWins,
  neverWakes,
  sharesLeases,
} from './support/broken-backplanes';
import { named, runSuite } from './support/recording-api';

type Break = (inner: BookingStore & DeskBackplane) => BookingStore & DeskBackplane;

// The DeskBackplane suite is only worth something if it fails for backplanes that are wrong.
describe('the desk backplane conformance suite', () => {
  const failedWith = async (breakStore: Break) => {
    const create = async () => {
      const harness = await createMemoryHarness();
      return { ...harness, store: breakStore(harness.store as BookingStore & DeskBackplane) };
    };
    return named(await runSuite({ name: 'backplane', create }, deskBackplaneConformanceSuite), 'failed');
  };

  it('passes the memory store as it is', async () => {
    expect(await failedWith((store) => store)).toEqual([]);
  }, 60_000);

  it('fails a lease that is never exclusive', async () => {
    expect(await failedWith(sharesLeases)).toEqual([
      'work leases > one holder at a time: others are refused until the lease ends',
      'work leases > the holder renews by asking again, which moves the end',
      'work leases > a release frees the lease at once, and only the holder’s release counts',
      'work leases > concurrent askers on one store: at any instant at most one holder (property)',
    ]);
  }, 60_000);

  it('fails a lease still held at its until', async () => {
    expect(await failedWith(holdsAtUntil)).toContain(
      'work leases > one holder at a time: others are refused until the lease ends',
    );
  }, 60_000);

  it('fails a watch that never wakes, and a feed in the wrong order', async () => {
    expect(await failedWith(neverWakes)).toEqual([
      'desk feed > watchDesk wakes its listener within 1000 ms of an append, and not once stopped',
    ]);
    expect(await failedWith(feedsNewestFirst)).toContain(
      'desk feed > auditAfter gives the office rows after an id, oldest first, paged by limit',
    );
  }, 60_000);

  it('fails revocations where an older instant arriving last replaces a newer one', async () => {
    expect(await failedWith(lastRevocationWins)).toEqual([
      'session revocations > voids one session, and a user’s sessions issued at or before the latest instant',
    ]);
  }, 60_000);
});
