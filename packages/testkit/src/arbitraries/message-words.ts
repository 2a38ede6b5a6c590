import { APPLICATION_TYPE_WORDS, type ApplicationType } from '@antrean/core';

// Shared by the valid and the near-valid message arbitraries; not part of the testkit's API.

/** The Latin capitals names are drawn from, a few accented ones included; all round-trip through lower case. */
export const LATIN_LETTERS: readonly string[] = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÉÈÑÖÜÇ'];

/** Every word an applicant may write for `type` (its synonyms), in `APPLICATION_TYPE_WORDS` order. */
export const typeWordsFor = (type: ApplicationType): string[] =>
  Object.entries(APPLICATION_TYPE_WORDS)
    .filter(([, value]) => value === type)
    .map(([word]) => word);
