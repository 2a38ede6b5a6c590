import { MAX_TEXT_LENGTH } from './channel';

/**
 * `text` cut to at most `max` UTF-16 code units, never between the two halves of a surrogate
 * pair (an emoji cut in half would be sent as a broken character).
 */
export function truncateText(text: string, max: number = MAX_TEXT_LENGTH): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  const splitsPair = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, splitsPair ? max - 1 : max);
}
