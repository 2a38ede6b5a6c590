import { describe, expect, it } from 'vitest';
import { suggestArrivalDate } from '../../src/grammar/suggest-arrival-date';

describe('suggestArrivalDate', () => {
  it('reads a two-digit year as this century, and other separators or year first', () => {
    const cases: [string, string][] = [
      ['071226', '2026-12-07'],
      ['7-12-26', '2026-12-07'],
      ['07 12 2026', '2026-12-07'],
      ['7, 12, 2026', '2026-12-07'],
      ['2026-12-07', '2026-12-07'],
      ['２０２６/１２/０７', '2026-12-07'],
    ];
    for (const [text, date] of cases) expect(suggestArrivalDate(text), text).toBe(date);
  });

  it('guesses nothing from words, impossible dates or other shapes', () => {
    for (const text of [
      'besok',
      '7 Desember 2026',
      '311126',
      '25/01',
      '2501198',
      '1-2-3-2026',
      '123-4-2026',
    ]) {
      expect(suggestArrivalDate(text), text).toBeUndefined();
    }
  });
});
