import { MAX_TEXT_LENGTH, truncateText } from '@antrean/transport-whatsapp';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('truncateText', () => {
  it('keeps a text within the limit as it is', () => {
    const text = 'x'.repeat(MAX_TEXT_LENGTH);
    expect(truncateText(text)).toBe(text);
  });

  it('drops a whole emoji rather than half of it at the limit', () => {
    expect(truncateText('ab😀c', 3)).toBe('ab');
    expect(truncateText('a😀bc', 3)).toBe('a😀');
  });

  it('is a prefix within the limit that never ends in half a surrogate pair', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '😀', '🇮🇩', '\n'), maxLength: 40 });
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), (input, max) => {
        const cut = truncateText(input, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(input.startsWith(cut)).toBe(true);
        expect(cut.length).toBeGreaterThanOrEqual(Math.min(input.length, max - 1));
        expect(/[\uD800-\uDBFF]$/.test(cut)).toBe(false);
      }),
    );
  });
});
