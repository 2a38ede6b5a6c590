/**
 * Identity and number binding.
 * - One `active` booking per applicant key: `reserve` first marks the applicant's `active`
 *   bookings whose deadline is before `now` as `expired`, then answers `ApplicantHasBooking`
 *   (with the existing booking) if one is still active. This check comes before the binding check.
 * - A successful `reserve` binds its phone to the applicant (`boundAt` = `now`). A phone bound to
 *   ANOTHER applicant with `boundAt` ≥ `bindingSince` answers `NumberBound`; an older binding
 *   does not count and is replaced by the new one. Cancelling does not unbind.
 */
import type { SuiteContext } from '../conformance-types';
import {
  cancelInput,
  DAY,
  daysBefore,
  fixtures,
  justAfter,
  later,
  NOW,
  newBooking,
  reserveInput,
  slot,
} from '../fixtures';
import { as, settled } from '../support';

/** Declares the applicant identity and number binding tests. */
export function identityBindingTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;
  const session = slot(DAY, '08:00', 10);
  const nextDay = slot('2030-03-05', '08:00', 10);

  it('an applicant with an active booking gets it back from any number, nothing new written', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const first = newBooking(f);
    as(await settled(store.reserve(reserveInput(first, [session]))), 'Reserved');
    const again = { ...newBooking(f), applicant: first.applicant, applicantKey: first.applicantKey };
    const result = as(await settled(store.reserve(reserveInput(again, [nextDay]))), 'ApplicantHasBooking');
    expect(result.existing).toMatchObject({ code: first.code, phone: first.phone, status: 'active' });
    expect(await probe.activeForApplicant(first.applicantKey)).toBe(1);
    expect(await probe.booking(again.code)).toBeUndefined();
    expect(await probe.heldInSlot(f.officeId, nextDay.slotId)).toBe(0);
  });

  it('after cancelling, the applicant may book again', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const first = newBooking(f);
    as(await settled(store.reserve(reserveInput(first, [session]))), 'Reserved');
    as(await settled(store.cancel(cancelInput(first, NOW))), 'Cancelled');
    const again = { ...newBooking(f), applicantKey: first.applicantKey, phone: first.phone };
    as(await settled(store.reserve(reserveInput(again, [session]))), 'Reserved');
    expect(await probe.activeForApplicant(first.applicantKey)).toBe(1);
  });

  it('after the deadline the old booking is marked expired and the applicant may book again', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const first = newBooking(f);
    as(await settled(store.reserve(reserveInput(first, [session]))), 'Reserved');
    const at = justAfter(session.checkInDeadline);
    const again = { ...newBooking(f), applicantKey: first.applicantKey };
    as(await settled(store.reserve(reserveInput(again, [nextDay], { now: at }))), 'Reserved');
    expect((await probe.booking(first.code))?.status).toBe('expired');
    expect((await settled(store.findByCode(first.officeId, first.code)))?.status).toBe('expired');
    expect(await probe.activeForApplicant(first.applicantKey)).toBe(1);
    expect(await probe.heldInSlot(f.officeId, session.slotId)).toBe(0);
    expect((await settled(store.findActiveByApplicant(first.applicantKey, at)))?.code).toBe(again.code);
  });

  it('at the deadline itself the booking still counts', async () => {
    const { store } = harness();
    const f = fixtures();
    const first = newBooking(f);
    as(await settled(store.reserve(reserveInput(first, [session]))), 'Reserved');
    const again = { ...newBooking(f), applicantKey: first.applicantKey };
    const input = reserveInput(again, [nextDay], { now: session.checkInDeadline });
    expect((await settled(store.reserve(input))).type).toBe('ApplicantHasBooking');
  });

  it('a number bound to another applicant is NumberBound, nothing written', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const first = newBooking(f);
    as(await settled(store.reserve(reserveInput(first, [session]))), 'Reserved');
    const other = newBooking(f, { phone: first.phone });
    const at = later(NOW, 60);
    expect(await settled(store.reserve(reserveInput(other, [session], { now: at })))).toEqual({
      type: 'NumberBound',
    });
    expect(await probe.booking(other.code)).toBeUndefined();
    expect(await probe.activeForApplicant(other.applicantKey)).toBe(0);
    expect(await probe.heldInSlot(f.officeId, session.slotId)).toBe(1);
  });

  it('a binding made exactly at bindingSince still binds; one a millisecond older does not', async () => {
    const { store } = harness();
    const f = fixtures();
    const first = newBooking(f);
    as(await settled(store.reserve(reserveInput(first, [session]))), 'Reserved');
    const at = later(NOW, 60);
    const blocked = newBooking(f, { phone: first.phone });
    const sameInstant = reserveInput(blocked, [session], { now: at, bindingSince: NOW });
    expect((await settled(store.reserve(sameInstant))).type).toBe('NumberBound');
    const freed = reserveInput(blocked, [session], { now: at, bindingSince: justAfter(NOW) });
    as(await settled(store.reserve(freed)), 'Reserved');
  });

  it('an old binding is replaced by the new applicant, binding the number to them', async () => {
    const { store } = harness();
    const f = fixtures();
    const first = newBooking(f);
    as(await settled(store.reserve(reserveInput(first, [session]))), 'Reserved');
    as(await settled(store.cancel(cancelInput(first, NOW))), 'Cancelled');
    const at = later(NOW, 60);
    const second = newBooking(f, { phone: first.phone });
    as(
      await settled(store.reserve(reserveInput(second, [session], { now: at, bindingSince: later(NOW, 1) }))),
      'Reserved',
    );
    const back = { ...newBooking(f), applicantKey: first.applicantKey, phone: first.phone };
    const input = reserveInput(back, [session], { now: later(at, 1), bindingSince: daysBefore(NOW, 1) });
    expect((await settled(store.reserve(input))).type).toBe('NumberBound');
  });

  it('cancelling does not unbind the number', async () => {
    const { store } = harness();
    const f = fixtures();
    const first = newBooking(f);
    as(await settled(store.reserve(reserveInput(first, [session]))), 'Reserved');
    as(await settled(store.cancel(cancelInput(first, NOW))), 'Cancelled');
    const other = newBooking(f, { phone: first.phone });
    expect((await settled(store.reserve(reserveInput(other, [session], { now: later(NOW, 1) })))).type).toBe(
      'NumberBound',
    );
  });

  it('the same applicant from their own bound number is not NumberBound', async () => {
    const { store } = harness();
    const f = fixtures();
    const first = newBooking(f);
    as(await settled(store.reserve(reserveInput(first, [session]))), 'Reserved');
    as(await settled(store.cancel(cancelInput(first, NOW))), 'Cancelled');
    const again = { ...newBooking(f), applicantKey: first.applicantKey, phone: first.phone };
    as(await settled(store.reserve(reserveInput(again, [session], { now: later(NOW, 1) }))), 'Reserved');
  });

  it('ApplicantHasBooking is answered before NumberBound', async () => {
    const { store } = harness();
    const f = fixtures();
    const mine = newBooking(f);
    const theirs = newBooking(f);
    as(await settled(store.reserve(reserveInput(mine, [session]))), 'Reserved');
    as(await settled(store.reserve(reserveInput(theirs, [session]))), 'Reserved');
    const fromTheirPhone = { ...newBooking(f), applicantKey: mine.applicantKey, phone: theirs.phone };
    expect((await settled(store.reserve(reserveInput(fromTheirPhone, [session])))).type).toBe(
      'ApplicantHasBooking',
    );
  });
}
