import { isStorableText, storableText } from '@antrean/webhook-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Strings of any UTF-16 units, NUL and lone surrogates included. */
const anyText = fc.string({ unit: 'binary', maxLength: 40 });

describe('storable text', () => {
  it('refuses NUL and lone surrogates, and accepts paired ones', () => {
    expect(isStorableText('wamid.HBgM\u0000x')).toBe(false);
    expect(isStorableText('6281\uD800')).toBe(false);
    expect(isStorableText('\uDC00')).toBe(false);
    expect(isStorableText('#BUDI 😀#25011987')).toBe(true);
    expect(isStorableText('')).toBe(true);
  });

  it('storableText always gives storable text, and leaves storable text as it is', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const cleaned = storableText(value);
        expect(isStorableText(cleaned)).toBe(true);
        if (isStorableText(value)) expect(cleaned).toBe(value);
      }),
    );
  });

  it('isStorableText agrees with a UTF-8 round trip that keeps the string and holds no NUL', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const roundTrip = new TextDecoder().decode(new TextEncoder().encode(value));
        expect(isStorableText(value)).toBe(roundTrip === value && !value.includes('\u0000'));
      }),
    );
  });
});
