/**
 * Several processes on one database (capability `multiProcess`): two stores open on the same
 * data at once behave as one. Places taken through either count against the same capacity, an
 * applicant booked through one is booked for the other, and a message answered by one is a
 * duplicate for the other. Needs `options.connectAnother`; without it, or for a store declaring
 * `multiProcess: false`, the test is reported as skipped with the reason in its name.
 */
import type { Booking } from '@antrean/core';
import type { SuiteContext } from '../conformance-types';
import { confirmation, DAY, fixtures, newBooking, reserveInput, slot } from '../fixtures';
import { as, settled, skipNote } from '../support';

/** Why a several-processes test cannot run on this store, or undefined when it can. */
export const skipReason = ({ capabilities, options }: SuiteContext): string | undefined => {
  if (!capabilities.multiProcess) return 'store declares multiProcess=false';
  if (!options.connectAnother) return 'no connectAnother() given to the suite';
  return undefined;
};

/** Declares the two-stores-on-one-database test (skipped, saying why, when it cannot run). */
export function sharedDatabaseTests(context: SuiteContext): void {
  const { api, harness, options } = context;
  const { it, expect } = api;
  const reason = skipReason(context);
  const name = `multiProcess: two stores on one database share capacity, applicants and messages${skipNote(reason !== undefined, reason ?? '')}`;

  it.skipIf(reason !== undefined)(name, async () => {
    const first = harness();
    const second = await options.connectAnother!(first);
    try {
      const stores = [first.store, second.store];
      const f = fixtures();
      const session = slot(DAY, '08:00', 5);
      const drafts = Array.from({ length: 14 }, () => newBooking(f));
      const results = await Promise.all(
        drafts.map((draft, i) => settled(stores[i % 2]!.reserve(reserveInput(draft, [session])))),
      );
      expect(results.filter((r) => r.type === 'Reserved')).toHaveLength(5);
      expect(await first.probe.heldInSlot(f.officeId, session.slotId)).toBe(5);
      expect(await second.probe.heldInSlot(f.officeId, session.slotId)).toBe(5);

      const roomy = slot(DAY, '10:00', 10);
      const base = newBooking(f);
      const twins = [base, { ...newBooking(f), applicant: base.applicant, applicantKey: base.applicantKey }];
      const twinResults = await Promise.all(
        twins.map((draft, i) => settled(stores[i]!.reserve(reserveInput(draft, [roomy])))),
      );
      expect(twinResults.map((r) => r.type).sort()).toEqual(['ApplicantHasBooking', 'Reserved']);
      expect(await first.probe.activeForApplicant(base.applicantKey)).toBe(1);

      const key = f.messageKey();
      const render = (booking: Booking) => confirmation(booking, 'shared');
      const answered = as(
        await settled(
          first.store.reserve(reserveInput(newBooking(f), [roomy], { message: { key, render } })),
        ),
        'Reserved',
      );
      const redelivered = await settled(
        second.store.reserve(reserveInput(newBooking(f), [roomy], { message: { key, render } })),
      );
      expect(redelivered).toEqual({ type: 'DuplicateMessage', reply: answered.reply });
    } finally {
      await second.dispose();
    }
  });
}
