import type { ApplicationType, Booking, Outcome, Reply, StoredBookingStatus } from '@antrean/core';
import type { QueryRow } from './pool-like';

// Instants leave the database as epoch milliseconds and dates as `YYYY-MM-DD` text, and replies'
// outcomes as JSON text: the caller's pool may have its own type parsers, so the store never
// depends on how `pg` would turn a timestamptz, date or jsonb into a JavaScript value.
/** SQL reading an instant column as epoch milliseconds. */
export const millis = (column: string): string => `round(extract(epoch FROM ${column}) * 1000)::float8`;
/** SQL reading a date column as `YYYY-MM-DD` text. */
export const isoDate = (column: string): string => `to_char(${column}, 'YYYY-MM-DD')`;

/** The select list every booking query uses, in the shape `bookingOf` reads. */
export const BOOKING_COLUMNS = [
  'code',
  'office_id',
  'applicant_key',
  'applicant_name',
  `${isoDate('birth_date')} AS birth_date`,
  'application_type',
  'phone',
  'slot_id',
  `${isoDate('date')} AS date`,
  `${millis('starts_at')} AS starts_at`,
  `${millis('check_in_deadline')} AS check_in_deadline`,
  'status',
  `${millis('created_at')} AS created_at`,
  `${millis('updated_at')} AS updated_at`,
].join(', ');

/** The select list of a stored reply, in the shape `replyOf` reads. */
export const REPLY_COLUMNS = 'reply_text, outcome::text AS outcome';

const text = (value: unknown): string => String(value);

/** A boolean column, whether the pool's parser made it a boolean or left PostgreSQL's `t`/`f`. */
export const flag = (value: unknown): boolean => value === true || value === 't';
/** An instant from a column selected with `millis`. */
export const instant = (value: unknown): Date => new Date(Number(value));

/** A booking from a row selected with `BOOKING_COLUMNS`. */
export const bookingOf = (row: QueryRow): Booking => ({
  code: text(row.code),
  officeId: text(row.office_id),
  applicantKey: text(row.applicant_key),
  applicant: { name: text(row.applicant_name), birthDate: text(row.birth_date) },
  applicationType: text(row.application_type) as ApplicationType,
  phone: text(row.phone),
  slotId: text(row.slot_id),
  date: text(row.date),
  startsAt: instant(row.starts_at),
  checkInDeadline: instant(row.check_in_deadline),
  status: text(row.status) as StoredBookingStatus,
  createdAt: instant(row.created_at),
  updatedAt: instant(row.updated_at),
});

/** A reply from a row selected with `REPLY_COLUMNS`. */
export const replyOf = (row: QueryRow): Reply => ({
  text: text(row.reply_text),
  outcome: JSON.parse(text(row.outcome)) as Outcome,
});

/** The parameters of `INSERT_BOOKING` for a booking, instants as ISO-8601 text. */
export const bookingValues = (booking: Booking): unknown[] => [
  booking.code,
  booking.officeId,
  booking.applicantKey,
  booking.applicant.name,
  booking.applicant.birthDate,
  booking.applicationType,
  booking.phone,
  booking.slotId,
  booking.date,
  booking.startsAt.toISOString(),
  booking.checkInDeadline.toISOString(),
  booking.status,
  booking.createdAt.toISOString(),
  booking.updatedAt.toISOString(),
];

/** The column list matching `bookingValues`. */
export const BOOKING_INSERT_COLUMNS =
  'code, office_id, applicant_key, applicant_name, birth_date, application_type, phone, slot_id, date, ' +
  'starts_at, check_in_deadline, status, created_at, updated_at';

/** The placeholders matching `bookingValues`, with the casts the text parameters need. */
export const BOOKING_INSERT_PLACEHOLDERS =
  '$1, $2, $3, $4, $5::date, $6, $7, $8, $9::date, ' +
  '$10::timestamptz, $11::timestamptz, $12, $13::timestamptz, $14::timestamptz';
