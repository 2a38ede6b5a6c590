import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvText } from '../src/views/csv';

/** A minimal RFC 4180 reader, to read back what `csvText` wrote. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('SITI, S.H.')).toBe('"SITI, S.H."');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(undefined)).toBe('');
    expect(csvField('A-001')).toBe('A-001');
  });

  it('reads back every field as written, but for the quote that defuses a formula', () => {
    const field = fc.string({
      unit: fc.constantFrom('a', ',', '"', '\n', '\r', '=', '+', '-', '@', ' ', 'Z'),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const back = readCsv(csvText(rows));
          const expected = rows.map((row) =>
            row.map((value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)),
          );
          expect(back).toEqual(expected);
          for (const row of back) for (const value of row) expect(value).not.toMatch(/^[=+\-@]/);
        },
      ),
    );
  });
});
