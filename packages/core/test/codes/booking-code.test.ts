import { displayCode, makeBookingCode, parseBookingCode } from '@antrean/core';
import { bookingCodeArb, codeBodyArb, codeInputArb, codeSpellingArb } from '@antrean/testkit';
import fc from 'fast-check';
import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

const invalid = (problem: 'length' | 'character' | 'checkCharacter') => err({ type: 'InvalidCode', problem });

describe('makeBookingCode', () => {
  it('appends the check character to a valid body', () => {
    expect(makeBookingCode('ABCDEFG')).toEqual(ok('ABCDEFGP'));
  });

  it('refuses bodies of the wrong length or with characters outside the alphabet', () => {
    expect(makeBookingCode('ABCDEF')).toEqual(invalid('length'));
    expect(makeBookingCode('ABCDEFGH')).toEqual(invalid('length'));
    expect(makeBookingCode('')).toEqual(invalid('length'));
    expect(makeBookingCode('ABCDEF0')).toEqual(invalid('character'));
    expect(makeBookingCode('abcdefg')).toEqual(invalid('character'));
  });

  it('always yields a code that parseBookingCode accepts unchanged', () => {
    fc.assert(
      fc.property(codeBodyArb, (body) => {
        const code = makeBookingCode(body);
        expect(code.isOk()).toBe(true);
        expect(code.andThen(parseBookingCode)).toEqual(code);
      }),
    );
  });
});

describe('parseBookingCode', () => {
  it('accepts any case, an optional dash after the fourth character and surrounding spaces', () => {
    for (const input of ['ABCDEFGP', 'abcdefgp', 'AbCd-EfGp', ' abcd-efgp ', '\tABCD-EFGP\n']) {
      expect(parseBookingCode(input), input).toEqual(ok('ABCDEFGP'));
    }
  });

  it('names the problem with a bad code', () => {
    expect(parseBookingCode('ABCD-EFG')).toEqual(invalid('length'));
    expect(parseBookingCode('')).toEqual(invalid('length'));
    expect(parseBookingCode('ABCDEFGPW')).toEqual(invalid('length'));
    expect(parseBookingCode('ABCDEFG0')).toEqual(invalid('character'));
    expect(parseBookingCode('OBCDEFGP')).toEqual(invalid('character'));
    expect(parseBookingCode('ABC-DEFGP')).toEqual(invalid('character'));
    expect(parseBookingCode('AB-CDEFGP')).toEqual(invalid('character'));
    expect(parseBookingCode('ABCDEFGX')).toEqual(invalid('checkCharacter'));
    expect(parseBookingCode('BACDEFGP')).toEqual(invalid('checkCharacter'));
  });

  it('accepts every spelling of a valid code and returns it canonical', () => {
    fc.assert(
      fc.property(
        bookingCodeArb.chain((code) => fc.tuple(fc.constant(code), codeSpellingArb(code))),
        ([code, input]) => {
          expect(parseBookingCode(input)).toEqual(ok(code));
        },
      ),
    );
  });

  it('returns 8 canonical characters for any accepted input', () => {
    fc.assert(
      fc.property(codeInputArb, (input) => {
        const code = parseBookingCode(input)._unsafeUnwrap();
        expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
      }),
    );
  });

  it('never throws, and accepts only what it can canonicalize', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' })), (input) => {
        const result = parseBookingCode(input);
        if (result.isOk()) expect(parseBookingCode(result.value)).toEqual(result);
      }),
    );
  });
});

describe('displayCode', () => {
  it('shows the code as XXXX-XXXX', () => {
    expect(displayCode('ABCDEFGP')).toBe('ABCD-EFGP');
  });

  it('round-trips through parseBookingCode', () => {
    fc.assert(
      fc.property(bookingCodeArb, (code) => {
        expect(parseBookingCode(displayCode(code))).toEqual(ok(code));
      }),
    );
  });
});
