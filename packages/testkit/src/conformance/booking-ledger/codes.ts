/**
 * Codes: a booking code is unique in the store for as long as the booking row exists, whatever
 * its status. `reserve` with a code already present answers `CodeTaken` and changes nothing (the
 * service then retries with a new code). Codes are stored and looked up exactly as given.
 */
import type { SuiteContext } from '../conformance-types';
import { cancelInput, DAY, fixtures, NOW, newBooking, reserveInput, slot } from '../fixtures';
import { as, settled } from '../support';

/** Declares the booking-code tests. */
export function codeTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;
  const session = slot(DAY, '08:00', 10);

  it('a code already in use is CodeTaken and nothing is written', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const first = newBooking(f);
    as(await settled(store.reserve(reserveInput(first, [session]))), 'Reserved');
    const second = newBooking(f, { code: first.code });
    expect(await settled(store.reserve(reserveInput(second, [session])))).toEqual({ type: 'CodeTaken' });
    expect(await probe.booking(first.code)).toMatchObject({
      applicantKey: first.applicantKey,
      phone: first.phone,
    });
    expect(await probe.heldInSlot(f.officeId, session.slotId)).toBe(1);
    expect(await probe.activeForApplicant(second.applicantKey)).toBe(0);
    expect(await settled(store.findActiveByApplicant(second.applicantKey, NOW))).toBeUndefined();
  });

  it('the code of a cancelled booking is still taken', async () => {
    const { store } = harness();
    const f = fixtures();
    const first = newBooking(f);
    as(await settled(store.reserve(reserveInput(first, [session]))), 'Reserved');
    as(await settled(store.cancel(cancelInput(first, NOW))), 'Cancelled');
    const second = newBooking(f, { code: first.code });
    expect(await settled(store.reserve(reserveInput(second, [session])))).toEqual({ type: 'CodeTaken' });
  });

  it('CodeTaken leaves the number unbound: the same number may book another applicant', async () => {
    const { store } = harness();
    const f = fixtures();
    const first = newBooking(f);
    as(await settled(store.reserve(reserveInput(first, [session]))), 'Reserved');
    const phone = f.phone();
    const clash = newBooking(f, { code: first.code, phone });
    expect((await settled(store.reserve(reserveInput(clash, [session])))).type).toBe('CodeTaken');
    const other = newBooking(f, { phone });
    as(await settled(store.reserve(reserveInput(other, [session]))), 'Reserved');
  });

  it('codes are looked up exactly: each code finds its own booking only', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const drafts = [newBooking(f), newBooking(f), newBooking(f)];
    for (const draft of drafts) as(await settled(store.reserve(reserveInput(draft, [session]))), 'Reserved');
    for (const draft of drafts) {
      expect((await settled(store.findByCode(draft.officeId, draft.code)))?.applicantKey).toBe(
        draft.applicantKey,
      );
      expect((await probe.booking(draft.code))?.applicantKey).toBe(draft.applicantKey);
    }
    expect(await settled(store.findByCode(f.officeId, drafts[0]!.code.toLowerCase()))).toBeUndefined();
  });
}
