import { CODE_ALPHABET, codeCharValue } from './code-alphabet';

const MODULUS = CODE_ALPHABET.length; // 31, a prime

/**
 * Σ (i+1)·value(char_i) mod 31 over the characters given. A complete code sums to 0.
 * Characters outside the alphabet weigh nothing; callers validate the alphabet first.
 */
export function weightedCodeSum(chars: string): number {
  let sum = 0;
  for (let i = 0; i < chars.length; i++) {
    const value = codeCharValue(chars[i] ?? '');
    if (value > 0) sum += (i + 1) * value;
  }
  return sum % MODULUS;
}

/**
 * The eighth character of a code whose 7-character body is `body`: the one that makes the
 * weighted sum of all 8 characters (weights 1..8) divisible by 31.
 *
 * Why it catches errors: changing one character at position i changes the sum by
 * (i+1)·(new-old), a product of two non-zero numbers below the prime 31, so never 0 mod 31.
 * Swapping neighbours a,b changes it by (i+1)(b-a)+(i+2)(a-b) = a-b, non-zero when a≠b.
 * `body` should be 7 alphabet characters (`makeBookingCode` checks that).
 */
export function checkCharacter(body: string): string {
  // 8·c ≡ -sum (mod 31), and 4 is the inverse of 8 modulo 31 (8·4 = 32 ≡ 1).
  const value = (MODULUS - ((4 * weightedCodeSum(body)) % MODULUS)) % MODULUS;
  return CODE_ALPHABET[value]!;
}
