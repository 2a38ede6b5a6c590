import { centralJakartaOffice, renderReply } from '@antrean/core';
import { officeConfigArb, outcomeArb } from '@antrean/testkit';
import { isGsm7, MAX_BODY_LENGTH, smsText, toGsm7 } from '@antrean/transport-twilio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The GSM 03.38 alphabet and extension table, written out here apart from the package's copy.
const GSM7_CHARS =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ' +
  'ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€';
const independentlyGsm7 = (text: string) => [...text].every((char) => GSM7_CHARS.includes(char));

describe('toGsm7', () => {
  it.each([
    ['‘single’ “double” „low”', '\'single\' "double" "low"'],
    ['08:00–10:00 — ok', '08:00-10:00 - ok'],
    ['Tunggu…', 'Tunggu...'],
    ['a\u00a0b\u202fc\u2009d\te', 'a b c d e'],
    ['zero\u200bwidth\ufeff', 'zerowidth'],
    ['＃ＪＯＳＥ', '#JOSE'],
    ['Ibu Ńina Çelik ç ô ã', 'Ibu Nina Çelik c o a'],
    ['è é ù ì ò Ä Ö Ñ Ü ß € [x]', 'è é ù ì ò Ä Ö Ñ Ü ß € [x]'],
    ['😀 سلام 你好', '? ???? ??'],
    ['ﬁ ½ ²', 'fi 1/2 2'],
    ['→ • ×', '-> * x'],
  ])('%j becomes %j', (text, gsm) => {
    expect(toGsm7(text)).toBe(gsm);
  });

  it('makes any text GSM-7, and leaves GSM-7 text alone', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const converted = toGsm7(text);
        expect(independentlyGsm7(converted)).toBe(true);
        expect(isGsm7(converted)).toBe(true);
        expect(toGsm7(converted)).toBe(converted);
      }),
    );
  });
});

describe('every reply, as sent by SMS', () => {
  it.each(['id', 'en'] as const)(
    'is GSM-7 and within 1,600 characters (%s), whatever the outcome',
    (language) => {
      fc.assert(
        fc.property(outcomeArb(), fc.option(officeConfigArb, { nil: undefined }), (outcome, office) => {
          const text = smsText(renderReply(outcome, office ?? centralJakartaOffice, language));
          expect(independentlyGsm7(text), text).toBe(true);
          expect(text.length).toBeLessThanOrEqual(MAX_BODY_LENGTH);
        }),
        { numRuns: 500 },
      );
    },
  );

  it('keeps a long reply to 1,600 characters', () => {
    expect(smsText('“x” '.repeat(1000))).toHaveLength(MAX_BODY_LENGTH);
  });
});
