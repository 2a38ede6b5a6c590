import { fitText, MAX_REPLY_LENGTH } from '@antrean/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const LONE_HIGH_AT_END = /[\uD800-\uDBFF]$/;

describe('fitText', () => {
  it('keeps a text within the limit, as a prefix, never ending in half a character', () => {
    const textArb = fc.string({ unit: fc.constantFrom('a', 'é', '😀', '\n', '👍🏽'), maxLength: 3000 });
    fc.assert(
      fc.property(textArb, fc.integer({ min: 2, max: 5000 }), (text, max) => {
        const cut = fitText(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(text.startsWith(cut)).toBe(true);
        expect(cut).not.toMatch(LONE_HIGH_AT_END);
        if (text.length <= max) expect(cut).toBe(text);
        else expect(cut.length).toBeGreaterThanOrEqual(max - 1);
      }),
    );
  });

  it('defaults to WhatsApp’s 4096', () => {
    expect(MAX_REPLY_LENGTH).toBe(4096);
    expect(fitText('x'.repeat(5000))).toHaveLength(4096);
  });
});
