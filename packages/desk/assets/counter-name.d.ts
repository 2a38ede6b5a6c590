/** Types of counter-name.js, for the desk's server and the tests. */

/** The word every counter's name starts with. */
export declare const COUNTER_WORD: string;
/** The longest name a counter has after `Loket `. */
export declare const MAX_COUNTER_NAME: number;
/** `Loket 2` for `2`, `Loket 2`, `loket-2` or `LOKET  2`; undefined for what names no counter. */
export declare function counterName(typed: unknown): string | undefined;
/** The name without `Loket `. */
export declare function ownCounterName(name: string): string;
