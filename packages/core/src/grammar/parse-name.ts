import { err, ok, type Result } from 'neverthrow';
import type { NameProblem } from '../domain/rejection';
import { foldText, isAscii } from './fold-text';
import { plainAsciiName } from './plain-ascii-name';

/** Longest name accepted, in Unicode code points after normalization. */
export const MAX_NAME_LENGTH = 60;

// Letters of any script, combining marks (needed by Javanese, Devanagari, Arabic vowel signs…),
// the space, and the punctuation real names use.
const ALLOWED = /^[\p{L}\p{M} '.-]*$/u;
const LETTER = /\p{L}/u;
// Phones often turn ' into a typographic apostrophe; treat them as the same character.
const APOSTROPHES = /[\u2018\u2019\u02BC]/g;
const WHITESPACE_RUN = /\s+/gu;

/**
 * Normalizes and checks a name field. The result is folded (`foldText`: NFKC, so `ＪＯＳＥ` is
 * `JOSE`; invisible characters removed), trimmed, with every run of whitespace
 * collapsed to one space and upper-cased with the locale-independent `toUpperCase()`: messages are
 * case-insensitive, so `budi` and `BUDI` are one applicant. Allowed: letters of any script,
 * combining marks, spaces, `'`, `-`, `.`; at least one letter; at most 60 code points.
 */
export function parseName(raw: string): Result<string, NameProblem> {
  const plain = plainAsciiName(raw);
  if (plain !== undefined) return ok(plain);
  // Checks run on the normalized text, so what they promise holds for the returned name
  // (upper-casing can lengthen it: ß → SS).
  const upper = foldText(raw).toUpperCase();
  // ASCII stays ASCII when upper-cased: NFKC would change nothing, and there are no curly quotes.
  const name = (isAscii(upper) ? upper : upper.normalize('NFKC').replace(APOSTROPHES, "'"))
    .replace(WHITESPACE_RUN, ' ')
    .trim();
  if (name.length === 0) return err('empty');
  if (!ALLOWED.test(name)) return err('badCharacter');
  if (!LETTER.test(name)) return err('noLetter');
  // Code points, not UTF-16 units; only a name longer than the limit in units can exceed it.
  if (name.length > MAX_NAME_LENGTH && [...name].length > MAX_NAME_LENGTH) return err('tooLong');
  return ok(name);
}
