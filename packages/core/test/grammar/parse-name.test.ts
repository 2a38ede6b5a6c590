import { parseName } from '@antrean/core';
import { applicantNameArb } from '@antrean/testkit';
import fc from 'fast-check';
import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH } from '../../src/grammar/parse-name';

describe('parseName', () => {
  it('upper-cases, trims and collapses whitespace', () => {
    expect(parseName('BUDI')).toEqual(ok('BUDI'));
    expect(parseName('  budi   santoso ')).toEqual(ok('BUDI SANTOSO'));
    expect(parseName('Siti\t\n Aminah')).toEqual(ok('SITI AMINAH'));
  });

  it("accepts ', - and . inside names, and typographic apostrophes as '", () => {
    expect(parseName("O'Neil")).toEqual(ok("O'NEIL"));
    expect(parseName('Siti-Aminah')).toEqual(ok('SITI-AMINAH'));
    expect(parseName('Muh. Ali')).toEqual(ok('MUH. ALI'));
    expect(parseName('Ma’ruf')).toEqual(ok("MA'RUF"));
  });

  it('accepts letters of any script, with their combining marks', () => {
    expect(parseName('محمد')).toEqual(ok('محمد'));
    expect(parseName('王小明')).toEqual(ok('王小明'));
    expect(parseName('ꦧꦸꦢꦶ')).toEqual(ok('ꦧꦸꦢꦶ')); // Javanese "budi", vowel signs are marks
    expect(parseName('Ñoño Müller')).toEqual(ok('ÑOÑO MÜLLER'));
    expect(parseName('Дмитрий')).toEqual(ok('ДМИТРИЙ'));
  });

  it('normalizes to NFC, so composed and decomposed spellings are one name', () => {
    const decomposed = 'Jose\u0301';
    expect(parseName(decomposed)).toEqual(ok('JOS\u00c9'));
    expect(parseName('Jos\u00e9')).toEqual(ok('JOS\u00c9'));
  });

  it('refuses digits, emoji and other symbols', () => {
    for (const text of [
      'Budi2',
      'B0di',
      '😀',
      'Budi 😀',
      'Budi 👍🏽',
      'Budi@home',
      'Budi, Ani',
      'Budi_Ani',
      '١٢٣ محمد',
    ]) {
      expect(parseName(text), text).toEqual(err('badCharacter'));
    }
  });

  it('refuses empty names and names without a letter', () => {
    expect(parseName('')).toEqual(err('empty'));
    expect(parseName('   \t ')).toEqual(err('empty'));
    expect(parseName('.')).toEqual(err('noLetter'));
    expect(parseName("- ' .")).toEqual(err('noLetter'));
  });

  it('accepts 60 characters and refuses 61, counted after collapsing spaces', () => {
    expect(parseName('A'.repeat(60))).toEqual(ok('A'.repeat(60)));
    expect(parseName('A'.repeat(61))).toEqual(err('tooLong'));
    expect(parseName(`  ${'A'.repeat(30)}     ${'B'.repeat(29)}  `)).toEqual(
      ok(`${'A'.repeat(30)} ${'B'.repeat(29)}`),
    );
    expect(parseName('王'.repeat(60))).toEqual(ok('王'.repeat(60)));
    expect(parseName('𠀀'.repeat(60))).toEqual(ok('𠀀'.repeat(60))); // code points, not UTF-16 units
    expect(parseName('ß'.repeat(31))).toEqual(err('tooLong')); // ß becomes SS
  });

  it('is idempotent on the names it returns', () => {
    fc.assert(
      fc.property(applicantNameArb, (name) => {
        expect(parseName(name)).toEqual(ok(name));
      }),
    );
  });

  it('never throws, and what it accepts keeps its promises', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (text) => {
          const result = parseName(text);
          if (result.isErr()) return;
          const name = result.value;
          expect([...name].length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
          expect(name).toMatch(/^[\p{L}\p{M}'.-](?:[\p{L}\p{M} '.-]*[\p{L}\p{M}'.-])?$/u);
          expect(name).toMatch(/\p{L}/u);
          expect(name).not.toMatch(/ {2}/);
          expect(name).toBe(name.normalize('NFC'));
        },
      ),
    );
  });
});
