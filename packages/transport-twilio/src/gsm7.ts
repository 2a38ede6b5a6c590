/**
 * The GSM 03.38 default alphabet (without the escape code), and its extension table, whose
 * characters cost two septets but are still GSM-7. A single character outside both makes the
 * whole SMS UCS-2: 70 characters a segment instead of 160, billed accordingly.
 */
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡' +
  'ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENSION = '^{}\\[~]|€';
const GSM7: ReadonlySet<string> = new Set([...BASIC, ...EXTENSION]);

/** Typographic characters with a plain GSM-7 stand-in, which Unicode normalisation does not give. */
const STAND_INS: Readonly<Record<string, string>> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '′': "'",
  '`': "'",
  '´': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '″': '"',
  '«': '"',
  '»': '"',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
  '•': '*',
  '·': '.',
  '…': '...',
  '→': '->',
  '←': '<-',
  '×': 'x',
  '÷': '/',
  '⁄': '/',
  '©': '(c)',
  '®': '(R)',
  '™': 'TM',
  '\t': ' ',
};

/** Spaces of every width (no-break, thin, narrow, ideographic) are a plain space. */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
/** Zero-width characters and the byte-order mark carry nothing visible: dropped. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const COMBINING_MARKS = /\p{M}/gu;

/** True when every character of `text` is in the GSM-7 alphabet or its extension table. */
export function isGsm7(text: string): boolean {
  for (const char of text) if (!GSM7.has(char)) return false;
  return true;
}

/** A character kept, replaced by a stand-in or a space, or dropped; undefined when none applies. */
function plainChar(char: string): string | undefined {
  if (GSM7.has(char)) return char;
  if (SPACES.test(char)) return ' ';
  if (INVISIBLE.test(char)) return '';
  return STAND_INS[char];
}

/** `text` with every character made plain, or undefined when one cannot be. */
function plainText(text: string): string | undefined {
  let out = '';
  for (const char of text) {
    const plain = plainChar(char);
    if (plain === undefined) return undefined;
    out += plain;
  }
  return out;
}

/** One character (code point) as GSM-7: itself, a stand-in, its compatibility form, its base letter, or `?`. */
function gsm7Char(char: string): string {
  return (
    plainChar(char) ??
    plainText(char.normalize('NFKC')) ??
    plainText(char.normalize('NFD').replace(COMBINING_MARKS, '')) ??
    plainText(char.normalize('NFKD').replace(COMBINING_MARKS, '')) ??
    '?'
  );
}

/**
 * `text` in the GSM-7 alphabet: curly quotes, dashes, the ellipsis and odd spaces replaced by
 * their plain forms, full-width and accented letters by their base letters, and anything else
 * (an emoji, a script GSM-7 lacks) by `?`, so an SMS reply is never sent as UCS-2.
 */
export function toGsm7(text: string): string {
  let out = '';
  for (const char of text) out += gsm7Char(char);
  return out;
}
