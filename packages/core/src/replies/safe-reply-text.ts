const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}]/gu;
const LONE_SURROGATE = /\p{Cs}/gu;

/**
 * True for a UTF-16 unit no cleaning ever touches: printable ASCII, the line break, Latin-1 to
 * Hebrew but the soft hyphen, and the dashes, quotes and signs of General Punctuation. Replies are
 * made of these almost always, so one plain loop usually decides without a Unicode regex.
 */
const isPlainUnit = (unit: number): boolean =>
  (unit >= 0x20 && unit <= 0x7e) ||
  unit === 0x0a ||
  (unit >= 0xa0 && unit <= 0x5ff && unit !== 0xad) ||
  (unit >= 0x2010 && unit <= 0x2027) ||
  (unit >= 0x2030 && unit <= 0x205e);

/**
 * The last guard on every reply: control and invisible format characters (NUL, carriage return,
 * bidi overrides…) removed except the line break, lone surrogates replaced by U+FFFD. A reply is
 * then valid UTF-16 (and UTF-8) that every store keeps byte for byte and every chat shows as written.
 */
export function safeReplyText(text: string): string {
  let plain = 0;
  while (plain < text.length && isPlainUnit(text.charCodeAt(plain))) plain++;
  if (plain === text.length) return text;
  return text
    .replace(CONTROL_OR_FORMAT, (char) => (char === '\n' ? char : ''))
    .replace(LONE_SURROGATE, '\ufffd');
}
