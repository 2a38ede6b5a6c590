import { CODE_ALPHABET, CODE_BODY_LENGTH, checkCharacter } from '@antrean/core';
import fc from 'fast-check';

/** One character of the booking-code alphabet. */
export const codeCharArb: fc.Arbitrary<string> = fc.constantFrom(...CODE_ALPHABET);

/** A random 7-character code body, as a `CodeGenerator` would make it. */
export const codeBodyArb: fc.Arbitrary<string> = fc.string({
  unit: codeCharArb,
  minLength: CODE_BODY_LENGTH,
  maxLength: CODE_BODY_LENGTH,
});

/** A valid booking code in canonical form: 8 upper-case characters, the last the check character. */
export const bookingCodeArb: fc.Arbitrary<string> = codeBodyArb.map((body) => body + checkCharacter(body));

/**
 * Every way an applicant may type `code` that `parseBookingCode` accepts: any mix of cases, with or
 * without the dash after the fourth character, with spaces around it.
 */
export function codeSpellingArb(code: string): fc.Arbitrary<string> {
  return fc
    .record({
      lower: fc.array(fc.boolean(), { minLength: code.length, maxLength: code.length }),
      dash: fc.boolean(),
      before: fc.constantFrom('', ' ', '  ', '\t'),
      after: fc.constantFrom('', ' ', '  ', '\n'),
    })
    .map(({ lower, dash, before, after }) => {
      const cased = [...code].map((char, i) => (lower[i] ? char.toLowerCase() : char)).join('');
      const body = dash ? `${cased.slice(0, 4)}-${cased.slice(4)}` : cased;
      return before + body + after;
    });
}

/** A valid code written in any accepted spelling (see `codeSpellingArb`). */
export const codeInputArb: fc.Arbitrary<string> = bookingCodeArb.chain(codeSpellingArb);
