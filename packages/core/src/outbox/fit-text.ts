/** WhatsApp's limit on a text message, in UTF-16 code units: the dispatcher's default cut. */
export const MAX_REPLY_LENGTH = 4096;

/**
 * `text` cut to at most `max` UTF-16 code units, never between the halves of a surrogate pair (a
 * character cut in half would arrive broken). Replies are short; this guards an office whose
 * configured name or documents make one too long for the provider, which would refuse it outright.
 */
export function fitText(text: string, max: number = MAX_REPLY_LENGTH): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  const splitsPair = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, splitsPair ? max - 1 : max);
}
