const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}]/gu;
const LONE_SURROGATE = /\p{Cs}/gu;

/**
 * Any UTF-16 unit some cleaning might touch: all but printable ASCII, the line break, Latin-1 to
 * Hebrew without the soft hyphen, and the dashes, quotes and signs of General Punctuation. Replies
 * are made of those almost always, so one native scan (no `u` flag, no Unicode tables) decides.
 */
const NOT_PLAIN = /[^\x20-\x7e\n\u00a0-\u00ac\u00ae-\u05ff\u2010-\u2027\u2030-\u205e]/;

/**
 * The last guard on every reply: control and invisible format characters (NUL, carriage return,
 * bidi overrides…) removed except the line break, lone surrogates replaced by U+FFFD. A reply is
 * then valid UTF-16 (and UTF-8) that every store keeps byte for byte and every chat shows as written.
 */
export function safeReplyText(text: string): string {
  if (!NOT_PLAIN.test(text)) return text;
  return text
    .replace(CONTROL_OR_FORMAT, (char) => (char === '\n' ? char : ''))
    .replace(LONE_SURROGATE, '\ufffd');
}
