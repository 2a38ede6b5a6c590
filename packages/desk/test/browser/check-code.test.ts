import { CODE_ALPHABET, checkCharacter, displayCode, parseBookingCode } from '@antrean/core';
import { bookingCodeArb, codeBodyArb } from '@antrean/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as browser from '../../assets/check-code.js';

/** What the core calls each browser state: the browser only splits "too short" from "too long". */
const CORE_PROBLEM = {
  empty: 'length',
  partial: 'length',
  length: 'length',
  character: 'character',
  checkCharacter: 'checkCharacter',
} as const;

/** Typed input as an officer produces it: code symbols, look-alikes, spaces, dashes, full-width. */
const typedArb = fc
  .array(
    fc.oneof(
      fc.constantFrom(...CODE_ALPHABET, ...CODE_ALPHABET.toLowerCase()),
      fc.constantFrom('0', 'O', '1', 'I', 'L', ' ', '-', '\u200b', 'Ａ', '７', 'é'),
      fc.string({ unit: 'grapheme', maxLength: 1 }),
    ),
    { maxLength: 11 },
  )
  .map((chars) => chars.join(''));

describe('the browser code rule (assets/check-code.js)', () => {
  it('has the core alphabet', () => {
    expect(browser.CODE_ALPHABET).toBe(CODE_ALPHABET);
  });

  it('computes the same check character as the core for every body', () => {
    fc.assert(fc.property(codeBodyArb, (body) => browser.checkCharacter(body) === checkCharacter(body)));
  });

  it('accepts every valid code in every accepted form, giving the canonical code', () => {
    fc.assert(
      fc.property(bookingCodeArb, (code) => {
        for (const form of [
          code,
          code.toLowerCase(),
          displayCode(code),
          ` ${code.slice(0, 3)} ${code.slice(3)}`,
        ]) {
          expect(browser.readCode(form)).toEqual({ state: 'valid', code });
        }
      }),
    );
  });

  it('agrees with parseBookingCode on arbitrary typed input', () => {
    fc.assert(
      fc.property(typedArb, (typed) => {
        const core = parseBookingCode(typed);
        const reading = browser.readCode(typed);
        if (core.isOk()) expect(reading).toEqual({ state: 'valid', code: core.value });
        else
          expect(reading.state === 'valid' ? 'valid' : CORE_PROBLEM[reading.state]).toBe(core.error.problem);
      }),
      { numRuns: 2000 },
    );
  });

  it('flags a single changed symbol as a check-character typo', () => {
    fc.assert(
      fc.property(bookingCodeArb, fc.nat(7), fc.constantFrom(...CODE_ALPHABET), (code, i, other) => {
        fc.pre(code[i] !== other);
        const typo = code.slice(0, i) + other + code.slice(i + 1);
        expect(browser.readCode(typo).state).toBe('checkCharacter');
      }),
    );
  });

  it('names the first symbol outside the alphabet and tells a partial code from a long one', () => {
    expect(browser.readCode('AB0D')).toEqual({ state: 'character', code: 'AB0D', bad: '0' });
    expect(browser.readCode('abc')).toEqual({ state: 'partial', code: 'ABC' });
    expect(browser.readCode('ABCDEFGHJ')).toEqual({ state: 'length', code: 'ABCDEFGHJ' });
    expect(browser.readCode('  ')).toEqual({ state: 'empty', code: '' });
  });
});
