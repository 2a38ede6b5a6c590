/** The longest `to` given back for a sender whose number could not be read. */
export const MAX_UNREAD_SENDER_LENGTH = 64;

/** Control and format characters (bidi overrides, zero-width) and lone surrogates: never echoed. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * The sender as given, made safe to hand back as `to` and to key messages by: unprintable
 * characters removed and cut to 64 UTF-16 units without splitting a character (a provider may
 * send anything as `from`, even a megabyte).
 */
export function unreadSenderAddress(from: unknown): string {
  const cleaned = (typeof from === 'string' ? from : '').replace(UNPRINTABLE, '');
  let cut = '';
  for (const character of cleaned) {
    if (cut.length + character.length > MAX_UNREAD_SENDER_LENGTH) break;
    cut += character;
  }
  return cut;
}
