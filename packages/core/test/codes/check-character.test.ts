import { CODE_ALPHABET, checkCharacter, parseBookingCode } from '@antrean/core';
import { bookingCodeArb, codeBodyArb } from '@antrean/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightedCodeSum } from '../../src/codes/check-character';

const replaceAt = (text: string, i: number, char: string): string =>
  text.slice(0, i) + char + text.slice(i + 1);

describe('checkCharacter', () => {
  it('uses a prime-sized alphabet without 0, O, 1, I or L', () => {
    expect(CODE_ALPHABET).toHaveLength(31);
    expect(new Set(CODE_ALPHABET).size).toBe(31);
    expect(CODE_ALPHABET).not.toMatch(/[0O1IL]/);
  });

  it('makes the weighted sum of the whole code divisible by 31', () => {
    expect(checkCharacter('2222222')).toBe('2');
    const code = `ABCDEFG${checkCharacter('ABCDEFG')}`;
    expect(weightedCodeSum(code)).toBe(0);
  });

  it('computes a known value by hand', () => {
    // values A=8 B=9 C=10 D=11 E=12 F=13 G=14; Σ(i+1)v = 8+18+30+44+60+78+98 = 336 ≡ 26 (mod 31);
    // 8c ≡ -26 ≡ 5, c = 5·4 mod 31 = 20 → CODE_ALPHABET[20] = 'P'.
    expect(checkCharacter('ABCDEFG')).toBe('P');
  });

  it('every valid code sums to 0', () => {
    fc.assert(fc.property(bookingCodeArb, (code) => weightedCodeSum(code) === 0));
  });

  it('detects every single substitution, at every position, by every other symbol', () => {
    fc.assert(
      fc.property(bookingCodeArb, (code) => {
        for (let i = 0; i < code.length; i++) {
          for (const other of CODE_ALPHABET) {
            if (other === code[i]) continue;
            const typo = replaceAt(code, i, other);
            expect(parseBookingCode(typo).isErr(), `${code} → ${typo}`).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('detects every swap of two unequal neighbours', () => {
    fc.assert(
      fc.property(bookingCodeArb, (code) => {
        for (let i = 0; i + 1 < code.length; i++) {
          const [a, b] = [code[i]!, code[i + 1]!];
          if (a === b) continue;
          const swapped = code.slice(0, i) + b + a + code.slice(i + 2);
          expect(parseBookingCode(swapped).isErr(), `${code} → ${swapped}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('detects every substitution in codes made of only two distinct symbols', () => {
    // Repetitive codes (2222222…) are the ones random bodies rarely produce; cover them on purpose.
    const lowVariety = fc
      .tuple(fc.constantFrom(...CODE_ALPHABET), fc.constantFrom(...CODE_ALPHABET))
      .chain(([a, b]) => fc.string({ unit: fc.constantFrom(a, b), minLength: 7, maxLength: 7 }));
    fc.assert(
      fc.property(lowVariety, (body) => {
        const code = body + checkCharacter(body);
        for (let i = 0; i < 8; i++) {
          for (const other of CODE_ALPHABET) {
            if (other !== code[i]) expect(weightedCodeSum(replaceAt(code, i, other))).not.toBe(0);
          }
        }
      }),
    );
  });

  it('depends on every body character', () => {
    fc.assert(
      fc.property(codeBodyArb, fc.nat(6), fc.constantFrom(...CODE_ALPHABET), (body, i, other) => {
        fc.pre(body[i] !== other);
        const changed = replaceAt(body, i, other);
        expect(checkCharacter(changed)).not.toBe(checkCharacter(body));
      }),
    );
  });
});
