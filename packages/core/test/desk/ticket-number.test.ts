import {
  APPLICATION_TYPES,
  defaultTicketSeries,
  formatTicketNumber,
  parseTicketNumber,
  WALK_IN_SERIES,
} from '@antrean/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const seriesArb = fc.stringMatching(/^[A-Z]{1,3}$/);
const sequenceArb = fc.integer({ min: 1, max: 1_000_000 });

describe('formatTicketNumber', () => {
  it('writes the series, a dash and at least three digits', () => {
    expect(formatTicketNumber('A', 1)).toBe('A-001');
    expect(formatTicketNumber('W', 42)).toBe('W-042');
    expect(formatTicketNumber('B', 999)).toBe('B-999');
    expect(formatTicketNumber('B', 1000)).toBe('B-1000');
  });

  it('round-trips through parseTicketNumber', () => {
    fc.assert(
      fc.property(seriesArb, sequenceArb, (series, sequence) => {
        expect(parseTicketNumber(formatTicketNumber(series, sequence))).toEqual({ series, sequence });
      }),
    );
  });

  it('gives distinct numbers to distinct (series, sequence) pairs', () => {
    fc.assert(
      fc.property(seriesArb, sequenceArb, seriesArb, sequenceArb, (s1, n1, s2, n2) => {
        fc.pre(s1 !== s2 || n1 !== n2);
        expect(formatTicketNumber(s1, n1)).not.toBe(formatTicketNumber(s2, n2));
      }),
    );
  });

  it('parses nothing that formatTicketNumber would not write', () => {
    for (const text of ['A001', '-001', 'A-01', 'A-0042', 'A-x01', '']) {
      expect(parseTicketNumber(text)).toBeUndefined();
    }
  });
});

describe('defaultTicketSeries', () => {
  it('gives new passports A, renewals B, and each type its own letter apart from walk-ins', () => {
    expect(defaultTicketSeries('new')).toBe('A');
    expect(defaultTicketSeries('replacement')).toBe('B');
    const letters = APPLICATION_TYPES.map(defaultTicketSeries);
    expect(new Set(letters).size).toBe(APPLICATION_TYPES.length);
    expect(letters).not.toContain(WALK_IN_SERIES);
  });
});
