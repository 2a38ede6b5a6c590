import { foldText } from './fold-text';

/** Longest excerpt of an applicant's text a reply may quote, in code points. */
export const MAX_EXCERPT_LENGTH = 20;

const NOT_LETTER_DIGIT_OR_SPACE = /[^\p{L}\p{N}\s]/gu;

/**
 * What a reply may quote of what an applicant wrote: letters, digits and single spaces only,
 * at most 20 code points (`…` marks a cut). Nothing else survives (no line breaks, control or
 * bidi characters, no `.` or `/` of a link), so an official reply never carries a raw text.
 */
export function cleanExcerpt(text: string): string {
  const chars = [...foldText(text).replace(NOT_LETTER_DIGIT_OR_SPACE, '').replace(/\s+/gu, ' ').trim()];
  if (chars.length <= MAX_EXCERPT_LENGTH) return chars.join('');
  return `${chars
    .slice(0, MAX_EXCERPT_LENGTH - 1)
    .join('')
    .trimEnd()}…`;
}
