import { type BookingRequest, parseMessage } from '@antrean/core';
import { bookingCodeArb, bookingRequestArb } from '@antrean/testkit';
import fc from 'fast-check';
import { ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import {
  formatBookingMessage,
  formatCancelMessage,
  formatStatusMessage,
} from '../../src/grammar/format-message';

const request: BookingRequest = {
  name: 'BUDI',
  birthDate: '1987-01-25',
  arrivalDate: '2017-07-14',
  applicationType: 'regular',
};

describe('formatBookingMessage', () => {
  it('writes the seed example, with the closing # by default', () => {
    expect(formatBookingMessage(request)).toBe('#BUDI#25011987#14072017#');
    expect(formatBookingMessage(request, { closingHash: false })).toBe('#BUDI#25011987#14072017');
  });

  it('writes the chosen date separator and the application type word', () => {
    expect(formatBookingMessage({ ...request, applicationType: 'replacement' }, { dateSeparator: '-' })).toBe(
      '#BUDI#25-01-1987#14-07-2017#PERPANJANG#',
    );
    expect(formatBookingMessage({ ...request, applicationType: 'new' }, { dateSeparator: '/' })).toBe(
      '#BUDI#25/01/1987#14/07/2017#BARU#',
    );
    expect(formatBookingMessage({ ...request, applicationType: 'lost' }, { dateSeparator: '.' })).toBe(
      '#BUDI#25.01.1987#14.07.2017#HILANG#',
    );
    expect(formatBookingMessage({ ...request, applicationType: 'damaged' })).toBe(
      '#BUDI#25011987#14072017#RUSAK#',
    );
  });

  it('round-trips through parseMessage for every request and every style', () => {
    const styleArb = fc.record(
      {
        dateSeparator: fc.constantFrom('' as const, '-' as const, '/' as const, '.' as const),
        closingHash: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(bookingRequestArb(), styleArb, (generated, style) => {
        expect(parseMessage(formatBookingMessage(generated, style))).toEqual(
          ok({ kind: 'book', request: generated }),
        );
      }),
    );
  });
});

describe('formatCancelMessage and formatStatusMessage', () => {
  it('write the code as shown to applicants', () => {
    expect(formatCancelMessage('ABCDEFGP')).toBe('#BATAL#ABCD-EFGP');
    expect(formatStatusMessage('ABCDEFGP')).toBe('#CEK#ABCD-EFGP');
  });

  it('round-trip through parseMessage', () => {
    fc.assert(
      fc.property(bookingCodeArb, (code) => {
        expect(parseMessage(formatCancelMessage(code))).toEqual(ok({ kind: 'cancel', code }));
        expect(parseMessage(formatStatusMessage(code))).toEqual(ok({ kind: 'status', code }));
      }),
    );
  });
});
