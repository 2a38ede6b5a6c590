import { addDays } from '@antrean/core';
import {
  bookingCodeArb,
  bookingRequestArb,
  indonesianMobileArb,
  localDateArb,
  nearValidMessageArb,
  styledBookingMessageArb,
} from '@antrean/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { horizonDates } from '../../src/allocation/next-dates-with-room';
import { LANDLINE, MONDAY_0900_WIB, PHONE_A, PHONE_B, serviceFixture } from './service-fixture';

const TODAY = '2026-11-30';

/** Booking messages around the office's calendar: past, open, closed, full and beyond the horizon. */
const bookingArb = bookingRequestArb({
  arrivalDates: fc.oneof(
    { arbitrary: localDateArb({ from: addDays(TODAY, 1), to: addDays(TODAY, 6) }), weight: 4 },
    localDateArb({ from: addDays(TODAY, -5), to: addDays(TODAY, 40) }),
  ),
  birthDates: fc.oneof(
    { arbitrary: localDateArb({ from: '1950-01-01', to: '2010-12-31' }), weight: 4 },
    localDateArb({ from: '1890-01-01', to: '2027-12-31' }),
  ),
}).chain(styledBookingMessageArb);

const commandArb = fc
  .tuple(fc.constantFrom('#BATAL#', '#CEK#', '#cancel#', '#STATUS#'), fc.oneof(bookingCodeArb, fc.string()))
  .map(([command, code]) => command + code);

const textArb = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ minLength: 990, maxLength: 1100 }),
  nearValidMessageArb,
  { arbitrary: bookingArb, weight: 6 },
  commandArb,
);

// A few fixed numbers make bindings and repeats likely; the rest are any mobile or junk.
const senderArb = fc.oneof(
  { arbitrary: fc.constantFrom(PHONE_A, PHONE_B), weight: 2 },
  fc.constantFrom(LANDLINE, '', 'abc', '+14155552671'),
  { arbitrary: indonesianMobileArb, weight: 3 },
);

describe('booking service, any input', () => {
  it('answers every message with a short non-empty reply, never an error, never over capacity', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ text: textArb, from: senderArb, redeliver: fc.nat() }), { maxLength: 8 }),
        async (inputs) => {
          const { service, message, store, office } = await serviceFixture();
          const sent: ReturnType<typeof message>[] = [];
          for (const input of inputs) {
            const earlier = sent[input.redeliver % Math.max(1, sent.length)];
            const inbound = earlier && input.redeliver % 4 === 0 ? earlier : message(input.text, input.from);
            sent.push(inbound);
            const answer = (await service.handle(inbound))._unsafeUnwrap();
            expect(answer.text.trim().length).toBeGreaterThan(0);
            expect(answer.text.length).toBeLessThan(1000);
          }
          const counts = (
            await store.countBySlot(office.id, horizonDates(office, MONDAY_0900_WIB))
          )._unsafeUnwrap();
          for (const held of counts.values()) expect(held).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
