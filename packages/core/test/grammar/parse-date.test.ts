import fc from 'fast-check';
import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { parseDateField } from '../../src/grammar/parse-date';

describe('parseDateField', () => {
  it('reads DDMMYYYY, as in the seed example', () => {
    expect(parseDateField('25011987')).toEqual(ok('1987-01-25'));
    expect(parseDateField('14072017')).toEqual(ok('2017-07-14'));
  });

  it('reads every separator, with one- or two-digit day and month, and trims spaces', () => {
    for (const text of ['25-01-1987', '25/01/1987', '25.01.1987', '25-1-1987', ' 25/1/1987 ', '25.01-1987']) {
      expect(parseDateField(text), text).toEqual(ok('1987-01-25'));
    }
    expect(parseDateField('5-1-1987')).toEqual(ok('1987-01-05'));
    expect(parseDateField('05/01/1987')).toEqual(ok('1987-01-05'));
  });

  it('refuses two-digit years with their own problem, in every shape', () => {
    for (const text of ['250187', '25-01-87', '25/1/87', '5.1.87']) {
      expect(parseDateField(text), text).toEqual(err('twoDigitYear'));
    }
  });

  it('refuses dates that do not exist', () => {
    for (const text of [
      '31022000',
      '30-02-2024',
      '31/04/2021',
      '00012000',
      '01002000',
      '01132000',
      '32-01-2000',
      '01010000',
    ]) {
      expect(parseDateField(text), text).toEqual(err('impossible'));
    }
  });

  it('knows leap years: 29 Feb 2024 and 2000 exist, 2023 and 1900 do not', () => {
    expect(parseDateField('29022024')).toEqual(ok('2024-02-29'));
    expect(parseDateField('29-02-2000')).toEqual(ok('2000-02-29'));
    expect(parseDateField('29022023')).toEqual(err('impossible'));
    expect(parseDateField('29-02-1900')).toEqual(err('impossible'));
  });

  it('calls anything else a format problem', () => {
    for (const text of [
      '',
      'kemarin',
      '2501198',
      '250119870',
      '1987-01-25',
      '25 01 1987',
      '25/01',
      '25--01-1987',
      '25-01-1987x',
    ]) {
      expect(parseDateField(text), text).toEqual(err('format'));
    }
  });

  it('round-trips every real date written DDMMYYYY or with a separator', () => {
    const dateArb = fc
      .date({
        min: new Date('0001-01-01T00:00:00Z'),
        max: new Date('9999-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dateArb, fc.constantFrom('', '-', '/', '.'), (date, sep) => {
        const [y, m, d] = date.split('-');
        expect(parseDateField([d, m, y].join(sep))).toEqual(ok(date));
      }),
    );
  });

  it('never throws, and only returns well-formed dates', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/)), (text) => {
        const result = parseDateField(text);
        if (result.isOk()) expect(result.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });
});

describe('parseDateField, folded', () => {
  it('reads full-width digits and ignores invisible characters', () => {
    expect(parseDateField('２５０１１９８７')).toEqual(ok('1987-01-25'));
    expect(parseDateField('25\u200b01\u200e1987')).toEqual(ok('1987-01-25'));
  });

  it('does not read junk before a date with separators', () => {
    for (const text of ['123-4-2026', 'x1-4-2026', '1-4-2026x', '1-4-20267']) {
      expect(parseDateField(text), text).toEqual(err('format'));
    }
  });
});
