import { applicantKey, foldText, parseBookingCode, parseMessage } from '@antrean/core';
import { bookingMessageArb } from '@antrean/testkit';
import fc from 'fast-check';
import { ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { cleanExcerpt } from '../../src/grammar/clean-excerpt';

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069'];
const HIDDEN = [...INVISIBLE, '\ufeff', '\u00ad'];
const hostileArb = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc
    .array(fc.oneof(fc.constantFrom(...HIDDEN, '\u0000', '\ud800', '\udfff', '＃', 'Ｊ', 'e\u0301')), {
      maxLength: 20,
    })
    .map((parts) => parts.join('')),
);

describe('foldText', () => {
  it('turns full-width characters into ASCII and removes every invisible format character', () => {
    expect(foldText('＃ＪＯＳＥ＃２５０１１９８７')).toBe('#JOSE#25011987');
    expect(foldText(`B${HIDDEN.join('')}UDI`)).toBe('BUDI');
  });

  it('composes a letter and its accent even with a zero-width space between them', () => {
    expect(foldText('Andre\u200b\u0301')).toBe('Andr\u00e9');
  });

  it('is idempotent and never throws, whatever the text', () => {
    fc.assert(
      fc.property(hostileArb, (text) => {
        const once = foldText(text);
        expect(foldText(once)).toBe(once);
        expect(once).not.toMatch(/\p{Cf}/u);
      }),
      { numRuns: 500 },
    );
  });
});

describe('folded messages', () => {
  it('reads a message the same with invisible characters inserted anywhere', () => {
    const withHiddenArb = bookingMessageArb.chain((text) =>
      fc
        .array(fc.tuple(fc.nat({ max: text.length }), fc.constantFrom(...HIDDEN)), { maxLength: 6 })
        .map((inserts) => {
          const chars = [...text];
          for (const [at, hidden] of inserts) chars.splice(at, 0, hidden);
          return [text, chars.join('')] as const;
        }),
    );
    fc.assert(
      fc.property(withHiddenArb, ([plain, hidden]) => {
        expect(parseMessage(hidden)).toEqual(parseMessage(plain));
      }),
    );
  });

  it('makes a full-width name and the plain one the same applicant', () => {
    const wide = parseMessage('＃ＪＯＳＥ＃２５０１１９８７＃０７１２２０２６')._unsafeUnwrap();
    const plain = parseMessage('#JOSE#25011987#07122026')._unsafeUnwrap();
    expect(wide).toEqual(plain);
    expect(wide.kind === 'book' && applicantKey(wide.request)).toBe('JOSE|1987-01-25');
    expect(applicantKey({ name: 'ＪＯＳＥ', birthDate: '1987-01-25' })).toBe('JOSE|1987-01-25');
  });

  it('reads a message with invisible characters inside keywords, names and dates', () => {
    expect(parseMessage('\ufeff#BU\u200bDI#2501\u200e1987#0712\u00ad2026')).toEqual(
      parseMessage('#BUDI#25011987#07122026'),
    );
    expect(parseMessage('#BA\u200dTAL#ABCD-EFGP')).toEqual(ok({ kind: 'cancel', code: 'ABCDEFGP' }));
  });

  it('reads a code typed with a space, in commands and at the counter', () => {
    expect(parseMessage('#CEK#ABCD EFGP')).toEqual(ok({ kind: 'status', code: 'ABCDEFGP' }));
    expect(parseMessage('#BATAL# abcd  efgp #')).toEqual(ok({ kind: 'cancel', code: 'ABCDEFGP' }));
    expect(parseBookingCode('ABCD EFGP')).toEqual(ok('ABCDEFGP'));
    expect(parseBookingCode('ＡＢＣＤ－ＥＦＧＰ')).toEqual(ok('ABCDEFGP'));
  });
});

describe('cleanExcerpt', () => {
  it('keeps letters, digits and single spaces, at most 20 code points', () => {
    expect(cleanExcerpt('x\n\nKLIK bit.ly/x')).toBe('x KLIK bitlyx');
    expect(cleanExcerpt('a\u0000b\ud800c\u202ed')).toBe('abcd');
    expect(cleanExcerpt('x'.repeat(100))).toBe(`${'x'.repeat(19)}…`);
  });

  it('never lets through anything but letters, digits, spaces and the cut mark', () => {
    fc.assert(
      fc.property(hostileArb, (text) => {
        const excerpt = cleanExcerpt(text);
        expect(excerpt).toMatch(/^[\p{L}\p{N} ]*…?$/u);
        expect([...excerpt].length).toBeLessThanOrEqual(20);
      }),
      { numRuns: 500 },
    );
  });
});
