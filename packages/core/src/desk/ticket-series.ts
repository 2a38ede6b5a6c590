import type { ApplicationType } from '../domain/application-type';

/** The series of walk-in numbers (lost or damaged passports, no booking). */
export const WALK_IN_SERIES = 'W';

// New passports are A and renewals B, as offices print them; the other types take the next letters.
const SERIES: Readonly<Record<ApplicationType, string>> = {
  new: 'A',
  replacement: 'B',
  regular: 'C',
  lost: 'D',
  damaged: 'E',
};

/** The queue-number series a booking of this application type gets when the office sets none. */
export const defaultTicketSeries = (applicationType: ApplicationType): string =>
  SERIES[applicationType] ?? SERIES.regular;
