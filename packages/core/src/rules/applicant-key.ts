import type { Applicant } from '../domain/booking';
import { foldText } from '../grammar/fold-text';

/**
 * The identity of an applicant across phone numbers: `NAME|YYYY-MM-DD`, the name folded
 * (`foldText`: NFKC, invisible characters removed), upper case, with runs of spaces collapsed, so
 * `budi  santoso`, `BUDI SANTOSO` and full-width `ＢＵＤＩ ＳＡＮＴＯＳＯ` are one person.
 */
export const applicantKey = (applicant: Applicant): string => {
  const name = foldText(applicant.name).trim().replace(/\s+/gu, ' ').toUpperCase().normalize('NFKC');
  return `${name}|${applicant.birthDate}`;
};
