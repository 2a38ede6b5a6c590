/**
 * The 31 symbols a booking code is written with. 0/O, 1/I/L are left out because applicants
 * misread them on a phone screen; 31 being prime is what lets the check character catch every
 * single wrong character and every swap of two neighbours (see `check-character.ts`).
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Characters in a canonical booking code: 7 random ones and the check character. */
export const CODE_LENGTH = 8;

/** Characters in the random body of a code, the part a `CodeGenerator` makes. */
export const CODE_BODY_LENGTH = CODE_LENGTH - 1;

/** The value (0–30) of an upper-case alphabet character, or -1 if it is not in the alphabet. */
export function codeCharValue(char: string): number {
  return char.length === 1 ? CODE_ALPHABET.indexOf(char) : -1;
}

/** True when every character of `text` belongs to the code alphabet (upper case only). */
export function isInCodeAlphabet(text: string): boolean {
  for (const char of text) {
    if (codeCharValue(char) < 0) return false;
  }
  return true;
}
