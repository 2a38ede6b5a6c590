/** Types of check-code.js, for the unit test that compares it with the core. */

/** The 31 code symbols, in value order (0..30). */
export declare const CODE_ALPHABET: string;
/** Characters in a complete code. */
export declare const CODE_LENGTH: number;
/** How far a typed code is from a valid one. */
export type CodeReading =
  | { state: 'empty' | 'partial' | 'length' | 'checkCharacter' | 'valid'; code: string }
  | { state: 'character'; code: string; bad: string };
/** The eighth character for a 7-character body. */
export declare function checkCharacter(body: string): string;
/** Reads a code as typed: folded, and how far it is from valid. */
export declare function readCode(input: string): CodeReading;
