import type { LocalDate, LocalTime } from '../domain/local-date';

/** A day of the week as written in office configs. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** A language replies can be written in. */
export type Language = 'id' | 'en';

/** A recurring session: on these weekdays, from `start` to `end` local time, `capacity` places. */
export interface SessionConfig {
  readonly days: readonly Weekday[];
  readonly start: LocalTime;
  readonly end: LocalTime;
  readonly capacity: number;
}

/** An office, as loaded and validated from its JSON file (see `parseOfficeConfig`). */
export interface OfficeConfig {
  readonly id: string;
  readonly name: string;
  /** IANA zone: `Asia/Jakarta` (WIB), `Asia/Makassar` (WITA) or `Asia/Jayapura` (WIT), or another. */
  readonly timeZone: string;
  /** How many days ahead (counting today as 0) an arrival date may be. */
  readonly bookingHorizonDays: number;
  /** Applicants check in no later than this many minutes before their session starts. */
  readonly arriveMinutesBefore: number;
  /** The counter checks a booking in from this many minutes before its session (not before its day). Default 120. */
  readonly checkInOpensMinutesBefore: number;
  readonly sessions: readonly SessionConfig[];
  /** Public holidays and collective leave days, `YYYY-MM-DD`. */
  readonly closedDates: readonly LocalDate[];
  /** ISO 3166 country whose mobile numbers may book; local forms (`0812…`) are read in it. Default `ID`. */
  readonly country: string;
  /** Days a number stays bound to the applicant it booked for. Default 30. */
  readonly numberBindingDays: number;
  /** Days cancelled/expired bookings and message ids are kept before `purge` removes them. Default 30. */
  readonly retentionDays: number;
  /** Default reply language. Default `id`. */
  readonly language: Language;
  /** Where the office is, shown in confirmations. Optional. */
  readonly address?: string;
}
