import { localDateArb } from '@antrean/testkit';
import fc from 'fast-check';
import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { checkBirthDate } from '../../src/rules/check-birth-date';

const today = '2026-12-01';

describe('checkBirthDate', () => {
  it('accepts a birth date today and ordinary ones', () => {
    expect(checkBirthDate(today, today)).toEqual(ok(today));
    expect(checkBirthDate('1987-01-25', today)).toEqual(ok('1987-01-25'));
  });

  it('refuses a birth date in the future', () => {
    expect(checkBirthDate('2026-12-02', today)).toEqual(err({ type: 'InvalidBirthDate', problem: 'future' }));
  });

  it('accepts age 120 and refuses 121', () => {
    expect(checkBirthDate('1906-12-01', today).isOk()).toBe(true); // 120 today
    expect(checkBirthDate('1905-12-02', today).isOk()).toBe(true); // 121 tomorrow
    expect(checkBirthDate('1905-12-01', today)).toEqual(err({ type: 'InvalidBirthDate', problem: 'tooOld' }));
  });

  it('counts a 29 February birthday from 1 March in other years', () => {
    expect(checkBirthDate('1904-02-29', '2025-02-28').isOk()).toBe(true); // still 120
    expect(checkBirthDate('1904-02-29', '2025-03-01').isErr()).toBe(true); // 121
  });

  it('refuses an impossible date', () => {
    expect(checkBirthDate('1987-02-30', today)).toEqual(
      err({ type: 'InvalidBirthDate', problem: 'impossible' }),
    );
  });

  it('accepts exactly the dates from 121 years ago (exclusive) to today', () => {
    fc.assert(
      fc.property(localDateArb({ from: '1850-01-01', to: '2030-12-31' }), (birthDate) => {
        const expected = birthDate <= today && birthDate > '1905-12-01';
        expect(checkBirthDate(birthDate, today).isOk()).toBe(expected);
      }),
    );
  });
});
