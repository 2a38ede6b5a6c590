import { parseMessage } from '@antrean/core';
import {
  bookingMessageArb,
  bookingRequestArb,
  codeInputArb,
  nearValidMessageArb,
  nearValidMessageCaseArb,
  styledBookingMessageArb,
} from '@antrean/testkit';
import fc from 'fast-check';
import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

// Strings that look like messages: # and field-like pieces mixed with arbitrary text.
const messageLikeArb = fc
  .array(fc.oneof(fc.string(), fc.constantFrom('#', 'BATAL', 'CEK', '25011987', '29-02-2023', 'BARU', ' ')), {
    maxLength: 8,
  })
  .map((parts) => `#${parts.join('#')}`);

describe('parseMessage properties', () => {
  it('never throws on any string, and always answers ok or a rejection', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme', maxLength: 60 }),
          fc.string({ unit: 'binary' }),
          fc.string({ minLength: 990, maxLength: 1010 }),
          messageLikeArb,
          nearValidMessageArb,
          codeInputArb.map((code) => `#CEK#${code}`),
        ),
        (text) => {
          const result = parseMessage(text);
          expect(result.isOk() || result.isErr()).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads every valid message, in every style, as a booking', () => {
    fc.assert(
      fc.property(bookingMessageArb, (text) => {
        expect(parseMessage(text).map((parsed) => parsed.kind)).toEqual(ok('book'));
      }),
    );
  });

  it('reads any style of a request back to exactly that request', () => {
    const pairArb = bookingRequestArb().chain((request) =>
      fc.tuple(fc.constant(request), styledBookingMessageArb(request)),
    );
    fc.assert(
      fc.property(pairArb, ([request, text]) => {
        expect(parseMessage(text)).toEqual(ok({ kind: 'book', request }));
      }),
    );
  });

  it('gives near-valid messages the exact rejection for the broken field', () => {
    fc.assert(
      fc.property(nearValidMessageCaseArb, ({ text, expected }) => {
        expect(parseMessage(text)).toEqual(err(expected));
      }),
      { numRuns: 300 },
    );
  });
});
