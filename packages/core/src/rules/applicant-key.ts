import type { Applicant } from '../domain/booking';

/**
 * The identity of an applicant across phone numbers: `NAME|YYYY-MM-DD`, the name in NFC,
 * upper case, with runs of spaces collapsed, so `budi  santoso` and `BUDI SANTOSO` are one person.
 */
export const applicantKey = (applicant: Applicant): string => {
  const name = applicant.name.normalize('NFC').trim().replace(/\s+/gu, ' ').toUpperCase();
  return `${name}|${applicant.birthDate}`;
};
