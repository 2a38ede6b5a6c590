/**
 * A counter's one name, `Loket 2`, whatever an officer typed (`2`, `Loket 2`, `loket-2`): the
 * browser's copy of the API's rule (src/counter-name.ts), so the counter page finds its own calls
 * in the feed under the name the API gave them. A test keeps the two copies equal.
 */

/** The word every counter's name starts with. */
export const COUNTER_WORD = 'Loket';

/** The longest name a counter has after `Loket `: 12 characters fit the display at every size. */
export const MAX_COUNTER_NAME = 12;

/** `loket` typed before the name, once or more (`Loket-2`, `LOKET  2`, `loket2`), however written. */
const TYPED_WORD = /^(?:loket(?:[\s_-]+|(?=\d)|$))+/i;
const NAME = new RegExp(`^[A-Z0-9](?:[A-Z0-9 -]{0,${MAX_COUNTER_NAME - 2}}[A-Z0-9])?$`);

/**
 * `Loket 2` for `2`, `02`, `Loket 2`, `loket-2` or `LOKET  2`; letters as capitals (`Loket A1`);
 * undefined for what names no counter. Idempotent: a name it gave comes back unchanged.
 */
export function counterName(typed) {
  const text = typeof typed === 'number' && Number.isInteger(typed) && typed >= 0 ? String(typed) : typed;
  if (typeof text !== 'string' || text.length > 64) return undefined;
  const own = text
    .trim()
    .replace(TYPED_WORD, '')
    .replace(/\s+/g, ' ')
    .toUpperCase()
    .replace(/^0+(?=\d)/, '');
  return NAME.test(own) ? `${COUNTER_WORD} ${own}` : undefined;
}

/** The name without `Loket `, for sentences that say the word themselves ("ke loket 2", "counter 2"). */
export const ownCounterName = (name) => name.replace(/^Loket /, '');
