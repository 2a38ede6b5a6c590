import { normalizeSender } from '@antrean/core';
import { indonesianMobileFormsArb } from '@antrean/testkit';
import fc from 'fast-check';
import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

const E164 = '+6281299004406';

describe('normalizeSender', () => {
  it.each(['x081299004406', '081299004406x', 'tel081299004406', '0812x99004406'])(
    'refuses %j, letters around or inside the digits, as unreadable',
    (raw) => {
      expect(normalizeSender(raw, 'ID')).toEqual(err({ type: 'NotPersonalNumber', problem: 'unreadable' }));
    },
  );

  it.each([
    '081299004406',
    '+6281299004406',
    '6281299004406',
    '62 812-9900-4406',
    '+62 812 9900 4406',
    '0812-9900-4406',
    '(0812) 9900.4406',
    ' 0812 9900 4406 ',
  ])('reads %j as %s', (raw) => {
    expect(normalizeSender(raw, 'ID')).toEqual(ok(E164));
  });

  it('reads digits with a country code as international, not as a local number', () => {
    // As a local number `821012345678` would pass for 0821…; it is a Korean mobile.
    expect(normalizeSender('821012345678', 'ID')).toEqual(
      err({ type: 'NotPersonalNumber', problem: 'otherCountry' }),
    );
    expect(normalizeSender('6285712345678', 'ID')).toEqual(ok('+6285712345678'));
  });

  it.each([
    ['a Jakarta landline', '021 1234 567'],
    ['a landline in international form', '+62 21 500 600'],
  ])('refuses %s as not a mobile', (_, raw) => {
    expect(normalizeSender(raw, 'ID')).toEqual(err({ type: 'NotPersonalNumber', problem: 'notMobile' }));
  });

  it.each([
    ['a Korean mobile', '+82 10 1234 5678'],
    ['a US number', '+1 202 555 0123'],
  ])('refuses %s as a number of another country', (_, raw) => {
    expect(normalizeSender(raw, 'ID')).toEqual(err({ type: 'NotPersonalNumber', problem: 'otherCountry' }));
  });

  it('accepts a foreign mobile when the office is in its country', () => {
    expect(normalizeSender('+82 10 1234 5678', 'KR')).toEqual(ok('+821012345678'));
  });

  it.each([
    '',
    'hello',
    '+',
    '12',
    '0812-ABCD-4406',
    '++6281299004406',
    '0812345',
    '0'.repeat(30),
    '+620812',
  ])('calls %j unreadable', (raw) => {
    expect(normalizeSender(raw, 'ID')).toEqual(err({ type: 'NotPersonalNumber', problem: 'unreadable' }));
  });

  it('does not read local forms in a country it does not know', () => {
    expect(normalizeSender('081299004406', 'XX')._unsafeUnwrapErr()).toMatchObject({
      type: 'NotPersonalNumber',
    });
  });

  it('reads every written form of a valid Indonesian mobile as its E.164 number', () => {
    fc.assert(
      fc.property(indonesianMobileFormsArb, ({ e164, written }) => {
        expect(normalizeSender(written, 'ID')).toEqual(ok(e164));
      }),
    );
  });

  it('never throws on any string', () => {
    const phoneLike = fc.stringMatching(/^[+0-9 ()\-.]{0,24}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), phoneLike), (raw) => {
        const result = normalizeSender(raw, 'ID');
        if (result.isOk()) expect(result.value).toMatch(/^\+62\d+$/);
      }),
      { numRuns: 300 },
    );
  });
});
