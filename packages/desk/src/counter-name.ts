/** The word every counter's name starts with. */
export const COUNTER_WORD = 'Loket';

/** The longest name a counter has after `Loket `: 12 characters fit the display at every size. */
export const MAX_COUNTER_NAME = 12;

/** `loket` typed before the name, once or more (`Loket-2`, `LOKET  2`, `loket2`), however written. */
const TYPED_WORD = /^(?:loket(?:[\s_-]+|(?=\d)|$))+/i;
const NAME = new RegExp(`^[A-Z0-9](?:[A-Z0-9 -]{0,${MAX_COUNTER_NAME - 2}}[A-Z0-9])?$`);

/**
 * The counter's one name, `Loket 2`, from what an officer typed: `2`, `02`, `Loket 2`, `loket-2` and
 * `LOKET  2` are one counter, so the store's busy check, the audit and the display all carry one
 * name and the display never says "Loket Loket-2". Letters become capitals (`Loket A1`). Undefined
 * for what names no counter. Idempotent: a name it gave comes back unchanged. The counter page has
 * the same rule in `assets/counter-name.js`; a test keeps the two equal.
 */
export function counterName(typed: unknown): string | undefined {
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
