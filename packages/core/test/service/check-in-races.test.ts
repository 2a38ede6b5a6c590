import type { BookingStore, MarkCheckedInResult } from '@antrean/core';
import { createMemoryStore } from '@antrean/storage-memory';
import { okAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { PHONE_A, serviceFixture } from './service-fixture';

/** A store whose check-in write finds the booking changed since the service looked it up. */
const changedUnderneath = async (answer: (booked: MarkCheckedInResult) => MarkCheckedInResult) => {
  const inner = (await createMemoryStore())._unsafeUnwrap();
  const store: BookingStore = {
    ...inner,
    markCheckedIn: (input) =>
      inner
        .findByCode(input.officeId, input.code)
        .andThen((found) => okAsync(answer({ type: 'Unchanged', ...(found ? { booking: found } : {}) }))),
  };
  const fixture = await serviceFixture({ store });
  const booked = await fixture.send('#BUDI SANTOSO#25011987#07122026', PHONE_A);
  fixture.clock.set('2026-12-07T00:00:00Z');
  return { ...fixture, code: booked.outcome.kind === 'confirmed' ? booked.outcome.code : '' };
};

describe('counter check-in when the booking changes between look-up and write', () => {
  it('says cancelled when it was cancelled meanwhile', async () => {
    const { service, code } = await changedUnderneath((result) =>
      result.type === 'Unchanged' && result.booking
        ? { type: 'Unchanged', booking: { ...result.booking, status: 'cancelled' } }
        : result,
    );
    expect((await service.checkIn(code))._unsafeUnwrap()).toMatchObject({ type: 'Cancelled' });
  });

  it('says not found when it was purged meanwhile', async () => {
    const { service, code } = await changedUnderneath(() => ({ type: 'Unchanged' }));
    expect((await service.checkIn(code))._unsafeUnwrap()).toEqual({ type: 'NotFound' });
  });
});
