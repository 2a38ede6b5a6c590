const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}]/gu;
const LONE_SURROGATE = /\p{Cs}/gu;
/** What the two replacements would touch: most replies have none of it and are returned as they are. */
const NEEDS_CLEANING = /(?!\n)[\p{Cc}\p{Cf}\p{Cs}]/u;

/**
 * The last guard on every reply: control and invisible format characters (NUL, carriage return,
 * bidi overrides…) removed except the line break, lone surrogates replaced by U+FFFD. A reply is
 * then valid UTF-16 (and UTF-8) that every store keeps byte for byte and every chat shows as written.
 */
export function safeReplyText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(CONTROL_OR_FORMAT, (char) => (char === '\n' ? char : ''))
    .replace(LONE_SURROGATE, '\ufffd');
}
