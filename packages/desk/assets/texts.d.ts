/** Types of texts.js, for its unit test. */

/** The dictionaries by language: text key → text. */
export declare const TEXTS: Readonly<Record<'id' | 'en', Readonly<Record<string, string>>>>;
