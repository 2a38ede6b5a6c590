import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeReplyText } from '../../src/replies/safe-reply-text';

/** The cleaning rule written plainly, with no shortcut: what the fast check must agree with. */
const reference = (text: string): string =>
  text.replace(/[\p{Cc}\p{Cf}]/gu, (char) => (char === '\n' ? char : '')).replace(/\p{Cs}/gu, '\ufffd');

/** Units from the ranges the shortcut treats as plain, their edges, and anything at all. */
const unitArb = fc.oneof(
  fc.integer({ min: 0, max: 0x7ff }),
  fc.integer({ min: 0x2000, max: 0x2070 }),
  fc.integer({ min: 0, max: 0xffff }),
);
const textArb = fc.array(unitArb, { maxLength: 40 }).map((units) => String.fromCharCode(...units));

describe('safeReplyText', () => {
  it('cleans exactly as the plain rule does, whatever the text', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(safeReplyText(text)).toBe(reference(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it('returns plain reply text unchanged and cleans what is not', () => {
    const plain = 'Jadwal: Selasa, 1 Desember 2026, sesi 08:00–10:00 WIB\n“Café” ‘Müller’ № 5';
    expect(safeReplyText(plain)).toBe(plain);
    expect(safeReplyText('A\u00adB\u200bC\r\nD\u0000')).toBe('ABC\nD');
    expect(safeReplyText('x\ud800y')).toBe('x\ufffdy');
  });
});
