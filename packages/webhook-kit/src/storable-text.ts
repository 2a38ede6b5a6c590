/**
 * Text PostgreSQL's `text` refuses or changes: NUL (U+0000) is refused outright, and a lone
 * UTF-16 surrogate has no UTF-8 form, so it is stored as U+FFFD, a different string. In `u` mode
 * `\p{Cs}` matches only surrogates that are not half of a pair.
 */
const LONE_SURROGATE = /\p{Cs}/u;
const LONE_SURROGATES = /\p{Cs}/gu;

/** True when every store keeps `value` as it is: no NUL, no lone surrogate. */
export const isStorableText = (value: string): boolean =>
  !value.includes('\u0000') && !LONE_SURROGATE.test(value);

/**
 * `value` with every NUL removed and every lone surrogate replaced by U+FFFD: for free text (a
 * message's body), where a stray control character must not cost the applicant an answer.
 */
export const storableText = (value: string): string =>
  value.replaceAll('\u0000', '').replace(LONE_SURROGATES, '\uFFFD');
