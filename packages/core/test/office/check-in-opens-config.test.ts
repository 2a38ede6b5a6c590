import { centralJakartaOffice, parseOfficeConfig } from '@antrean/core';
import { describe, expect, it } from 'vitest';

const { checkInOpensMinutesBefore: _default, ...withoutField } = centralJakartaOffice;

describe('office config: checkInOpensMinutesBefore', () => {
  it('defaults to 120 and keeps a given value', () => {
    expect(parseOfficeConfig(withoutField)._unsafeUnwrap().checkInOpensMinutesBefore).toBe(120);
    expect(
      parseOfficeConfig({ ...withoutField, checkInOpensMinutesBefore: 45 })._unsafeUnwrap()
        .checkInOpensMinutesBefore,
    ).toBe(45);
  });

  it.each([
    [-1, 'at least 0'],
    [1441, 'at most 1440'],
    [30.5, 'whole number'],
    ['2h', 'must be a number'],
  ])('refuses %j, naming the field', (value, message) => {
    const result = parseOfficeConfig({ ...withoutField, checkInOpensMinutesBefore: value });
    expect(result._unsafeUnwrapErr().issues).toContainEqual({
      path: 'checkInOpensMinutesBefore',
      message: expect.stringContaining(message),
    });
  });

  it('refuses a window that would close (at arriveMinutesBefore) before it opens', () => {
    const result = parseOfficeConfig({
      ...withoutField,
      arriveMinutesBefore: 60,
      checkInOpensMinutesBefore: 59,
    });
    expect(result._unsafeUnwrapErr().issues).toEqual([
      { path: 'checkInOpensMinutesBefore', message: 'must be at least arriveMinutesBefore' },
    ]);
    expect(
      parseOfficeConfig({ ...withoutField, arriveMinutesBefore: 60, checkInOpensMinutesBefore: 60 }).isOk(),
    ).toBe(true);
  });
});
