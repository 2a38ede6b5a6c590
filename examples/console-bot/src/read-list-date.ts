import { isValidLocalDate, type LocalDate, parseDateField } from '@antrean/core';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The date an officer typed after `/list`: `YYYY-MM-DD`, or the applicants' `DDMMYYYY` /
 * `DD-MM-YYYY`. Undefined when it is neither or no such day exists, so the officer is told how to
 * write it instead of seeing an empty day.
 */
export function readListDate(text: string): LocalDate | undefined {
  if (ISO_DATE.test(text)) return isValidLocalDate(text) ? text : undefined;
  const applicantForm = parseDateField(text);
  return applicantForm.isOk() ? applicantForm.value : undefined;
}
