/** Types of announcement.js, for its unit test. */

/** The spoken sentence for `number` called to `counter`, in `id` (default) or `en`. */
export declare function announcement(number: string, counter: string, lang?: string): string;
