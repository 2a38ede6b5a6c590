/**
 * The booking code rule, in the browser, so the check-in page can flag a typo while the officer
 * types. Same rule as the core's `parseBookingCode` (packages/core/src/codes): 31 symbols without
 * 0/O/1/I/L, 8 characters, and weights 1..8 times each symbol's value summing to 0 modulo 31.
 * A unit test compares this file with the core over random input.
 */

/** The 31 code symbols, in value order (0..30). */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Characters in a complete code. */
export const CODE_LENGTH = 8;

const INVISIBLE = /\p{Cf}/gu;

/** The weighted sum Σ (i+1)·value(char_i) mod 31; characters outside the alphabet weigh nothing. */
function weightedSum(chars) {
  let sum = 0;
  for (let i = 0; i < chars.length; i++) {
    const value = CODE_ALPHABET.indexOf(chars[i]);
    if (value > 0) sum += (i + 1) * value;
  }
  return sum % CODE_ALPHABET.length;
}

/** The eighth character for a 7-character body: 8·c ≡ −sum (mod 31), and 4 is 8's inverse. */
export function checkCharacter(body) {
  const modulus = CODE_ALPHABET.length;
  return CODE_ALPHABET[(modulus - ((4 * weightedSum(body)) % modulus)) % modulus];
}

/** Folds typed text the way the core does: invisible characters out, NFKC, spaces out, upper case. */
function fold(input) {
  const folded = input.replace(INVISIBLE, '').normalize('NFKC').replace(INVISIBLE, '');
  let text = folded.replace(/\s+/gu, '').toUpperCase();
  if (text[4] === '-') text = text.slice(0, 4) + text.slice(5);
  return text;
}

/**
 * Reads a code as typed. `state` is `empty`, `partial` (alphabet characters, fewer than 8),
 * `character` (a symbol outside the alphabet, given as `bad`), `length` (more than 8),
 * `checkCharacter` (8 symbols that do not sum to 0: a typo) or `valid`; `code` is the folded text.
 */
export function readCode(input) {
  const code = fold(input);
  if (code === '') return { state: 'empty', code };
  const bad = [...code].find((char) => !CODE_ALPHABET.includes(char));
  if (bad !== undefined) return { state: 'character', code, bad };
  if (code.length < CODE_LENGTH) return { state: 'partial', code };
  if (code.length > CODE_LENGTH) return { state: 'length', code };
  if (weightedSum(code) !== 0) return { state: 'checkCharacter', code };
  return { state: 'valid', code };
}
