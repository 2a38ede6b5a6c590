import type { StoreError } from '@antrean/core';
import fc from 'fast-check';
import type { ResultAsync } from 'neverthrow';

/** What PostgreSQL's `text` refuses (NUL) or cannot keep as written (lone UTF-16 surrogates). */
const UNSTORABLE_CHARS = ['\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF'] as const;

/**
 * Any string, biased towards the characters a store may refuse: NUL (about a third of the runs)
 * and lone surrogates alone, inside ordinary text, or among arbitrary UTF-16 units.
 */
export const anyStoredTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.constant('\u0000'),
  fc.constantFrom(...UNSTORABLE_CHARS),
  fc
    .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...UNSTORABLE_CHARS), fc.string({ maxLength: 8 }))
    .map(([before, bad, after]) => `${before}${bad}${after}`),
  fc.string({ unit: 'binary', maxLength: 16 }),
);

/** Runs per write method: each one is a round trip or two to the store. */
export const STORED_TEXT_RUNS = 25;

/** Whatever a probe answers, or `fallback` when it throws: a row holding a value the database refuses cannot exist. */
export const probed = async <T>(read: () => Promise<T>, fallback: T): Promise<T> => {
  try {
    return await read();
  } catch {
    return fallback;
  }
};

/**
 * Calls a store write that must never throw or reject, whatever text it is given: true when it
 * answered ok, false for an error value (both allowed).
 */
export const answered = async <T>(call: () => ResultAsync<T, StoreError>): Promise<boolean> => {
  const result = await call();
  return result.isOk();
};
