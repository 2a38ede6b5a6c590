import { err, ok, type Result } from 'neverthrow';
import type { LocalDate } from '../domain/local-date';
import type { Rejection } from '../domain/rejection';
import { isValidLocalDate } from '../time/calendar-date';

/** The oldest age accepted: anything above is a typo in the year. */
export const MAX_AGE_YEARS = 120;

/** Whole years from `birthDate` to `today` (a 29 February birthday counts from 1 March). */
const ageOn = (birthDate: LocalDate, today: LocalDate): number => {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
};

/** A birth date must be real, not after `today` (office-local), and at most 120 years ago. */
export const checkBirthDate = (birthDate: LocalDate, today: LocalDate): Result<LocalDate, Rejection> => {
  if (!isValidLocalDate(birthDate)) return err({ type: 'InvalidBirthDate', problem: 'impossible' });
  if (birthDate > today) return err({ type: 'InvalidBirthDate', problem: 'future' });
  if (ageOn(birthDate, today) > MAX_AGE_YEARS) return err({ type: 'InvalidBirthDate', problem: 'tooOld' });
  return ok(birthDate);
};
