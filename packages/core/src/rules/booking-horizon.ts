import type { LocalDate } from '../domain/local-date';
import type { OfficeConfig } from '../office/office-config';
import { addDays } from '../time/calendar-date';

/**
 * The last date a booking may name, seen from `today` (office-local): today + `bookingHorizonDays`.
 * The one definition of the horizon: the arrival-date rule, the dates offered instead and the
 * example dates of replies all ask it, so they cannot disagree about the last day.
 */
export const lastBookableDate = (
  office: Pick<OfficeConfig, 'bookingHorizonDays'>,
  today: LocalDate,
): LocalDate => addDays(today, office.bookingHorizonDays);
