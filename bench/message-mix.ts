/**
 * The messages a busy office number receives, as the grammar and decision benchmarks read them:
 * mostly well-formed bookings, then near misses, junk and the odd very long paste. Deterministic.
 */

const letters = (n: number): string =>
  [0, 1, 2, 3].map((shift) => String.fromCharCode(65 + (Math.floor(n / 26 ** shift) % 26))).join('');

const NEAR_MISSES = [
  (n: number) => `# warga ${letters(n)} # 25-01-1987 # 03/03/2030`,
  (n: number) => `#WARGA ${letters(n)}#31021987#03032030`,
  (n: number) => `#WARGA ${letters(n)}#25011987`,
  (n: number) => `WARGA ${letters(n)}#25011987#03032030#`,
];
const JUNK = ['halo', 'min, mau daftar paspor gimana ya?', '🙏🙏🙏', 'BATAL', 'STATUS ABCD-EFGH', '?'];

/** A well-formed booking message for applicant `n`, arriving on `arrival` (DDMMYYYY). */
export const bookingText = (n: number, arrival = '03032030'): string =>
  `#WARGA ${letters(n)}#${String(1 + (n % 28)).padStart(2, '0')}0${1 + (n % 9)}19${60 + (n % 40)}#${arrival}`;

/** `size` messages: 70% valid, 15% near-valid, 13% junk, 2% long pastes. */
export const messageMix = (size: number): string[] =>
  Array.from({ length: size }, (_, n) => {
    const bucket = n % 100;
    if (bucket < 70) return bookingText(n);
    if (bucket < 85) return NEAR_MISSES[n % NEAR_MISSES.length]!(n);
    if (bucket < 98) return JUNK[n % JUNK.length]!;
    return `${bookingText(n)} ${'tolong dibantu ya pak, '.repeat(80)}`;
  });
