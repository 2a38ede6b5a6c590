import type { LocalDate } from './local-date';

/** Which field of a booking message was wrong. */
export type MessageField = 'name' | 'birthDate' | 'arrivalDate' | 'applicationType' | 'code' | 'fields';

/** What is wrong with a date field. */
export type DateProblem = 'format' | 'twoDigitYear' | 'impossible' | 'future' | 'tooOld';

/** What is wrong with a name field. */
export type NameProblem = 'empty' | 'tooLong' | 'noLetter' | 'badCharacter';

/**
 * Every reason an applicant's message is refused. `type` is the public reason name used in
 * outcomes and docs (a stable contract); the other fields say exactly what to fix.
 */
export type Rejection =
  | { readonly type: 'MalformedMessage'; readonly field: MessageField; readonly got?: string }
  | { readonly type: 'MessageTooLong'; readonly length: number; readonly max: number }
  | { readonly type: 'InvalidName'; readonly problem: NameProblem }
  | { readonly type: 'InvalidBirthDate'; readonly problem: DateProblem }
  | {
      readonly type: 'InvalidArrivalDate';
      readonly problem: DateProblem;
      /** The date the applicant most likely meant (two-digit year, other separators), when one can be read. */
      readonly suggestion?: LocalDate;
    }
  | { readonly type: 'LostOrDamagedPassport'; readonly applicationType: 'lost' | 'damaged' }
  | {
      readonly type: 'NotPersonalNumber';
      readonly problem: 'notMobile' | 'otherCountry' | 'unreadable' | 'boundToOther';
    }
  | { readonly type: 'ArrivalDateInPast'; readonly date: LocalDate; readonly today: LocalDate }
  | { readonly type: 'ArrivalDateTooFar'; readonly date: LocalDate; readonly lastDate: LocalDate }
  | { readonly type: 'OfficeClosed'; readonly date: LocalDate; readonly nextDates: readonly LocalDate[] }
  | { readonly type: 'FullyBooked'; readonly date: LocalDate; readonly nextDates: readonly LocalDate[] }
  | { readonly type: 'AlreadyBooked'; readonly code?: string }
  | { readonly type: 'CodeNotFound'; readonly problem: 'invalid' | 'unknown' }
  /** A cancel or status command with booking details (name, dates) where its code belongs. */
  | { readonly type: 'CodeRequired'; readonly command: 'cancel' | 'status' };

/** The public reason names, in the order the docs list them. */
export type RejectionReason = Rejection['type'];
