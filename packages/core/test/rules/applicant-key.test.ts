import { applicantKey } from '@antrean/core';
import { describe, expect, it } from 'vitest';
import { checkApplicationType } from '../../src/rules/check-application-type';

describe('applicantKey', () => {
  it('is NAME|BIRTHDATE in upper case with spaces collapsed', () => {
    expect(applicantKey({ name: '  budi   santoso ', birthDate: '1987-01-25' })).toBe(
      'BUDI SANTOSO|1987-01-25',
    );
  });

  it('treats composed and decomposed accents as one name', () => {
    const composed = applicantKey({ name: 'Andr\u00e9', birthDate: '1990-05-01' });
    const decomposed = applicantKey({ name: 'andre\u0301', birthDate: '1990-05-01' });
    expect(decomposed).toBe(composed);
    expect(composed).toBe('ANDR\u00c9|1990-05-01');
  });

  it('tells apart people with the same name and another birth date', () => {
    expect(applicantKey({ name: 'Siti', birthDate: '1990-05-01' })).not.toBe(
      applicantKey({ name: 'Siti', birthDate: '1990-05-02' }),
    );
  });
});

describe('checkApplicationType', () => {
  it.each(['regular', 'new', 'replacement'] as const)('lets %s applications book', (type) => {
    expect(checkApplicationType(type)._unsafeUnwrap()).toBe(type);
  });

  it.each(['lost', 'damaged'] as const)('sends %s passports to the counter', (type) => {
    expect(checkApplicationType(type)._unsafeUnwrapErr()).toEqual({
      type: 'LostOrDamagedPassport',
      applicationType: type,
    });
  });
});
