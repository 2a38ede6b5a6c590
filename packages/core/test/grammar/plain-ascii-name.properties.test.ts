import fc from 'fast-check';
import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { parseName } from '../../src/grammar/parse-name';
import { plainAsciiName } from '../../src/grammar/plain-ascii-name';

/** The name rule of `parseName` for ASCII text, written plainly with no shortcut. */
const reference = (raw: string) => {
  const name = raw.toUpperCase().replace(/\s+/g, ' ').trim();
  if (name.length === 0) return err('empty');
  if (!/^[A-Z '.-]*$/.test(name)) return err('badCharacter');
  if (!/[A-Z]/.test(name)) return err('noLetter');
  if (name.length > 60) return err('tooLong');
  return ok(name);
};

/** ASCII text made mostly of name characters, with the edge cases near: runs of spaces, tabs, digits. */
const asciiNameArb = fc
  .array(fc.constantFrom('a', 'Z', 'b', ' ', ' ', "'", '-', '.', '\t', '1', '@', '[', '`', '{'), {
    maxLength: 70,
  })
  .map((chars) => chars.join(''));

describe('plainAsciiName', () => {
  it('gives what the full rule gives whenever it answers, and parseName agrees with the rule', () => {
    fc.assert(
      fc.property(asciiNameArb, (raw) => {
        const plain = plainAsciiName(raw);
        if (plain !== undefined) expect(ok(plain)).toEqual(reference(raw));
        expect(parseName(raw)).toEqual(reference(raw));
      }),
      { numRuns: 5_000 },
    );
  });

  it('answers for plain names and leaves the rest to the full path', () => {
    expect(plainAsciiName("siti o'neil-binti.a")).toBe("SITI O'NEIL-BINTI.A");
    expect(plainAsciiName(' BUDI')).toBeUndefined();
    expect(plainAsciiName('BUDI  SANTOSO')).toBeUndefined();
    expect(plainAsciiName('...')).toBeUndefined();
    expect(plainAsciiName('JOSÉ')).toBeUndefined();
  });
});
