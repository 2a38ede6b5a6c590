import type { ApplicationType, Booking, Outcome, Reply, StoredBookingStatus } from '@antrean/core';
import type { Row } from './pool-like';

/** SQL reading a DATE column as `YYYY-MM-DD` text, whatever the pool's `dateStrings` setting. */
export const isoDate = (column: string): string => `DATE_FORMAT(${column}, '%Y-%m-%d')`;

/** The select list every booking query uses, in the shape `bookingOf` reads. */
export const bookingColumns = (alias = ''): string =>
  [
    'code',
    'office_id',
    'applicant_key',
    'applicant_name',
    `${isoDate(`${alias}birth_date`)} AS birth_date`,
    'application_type',
    'phone',
    'slot_id',
    `${isoDate(`${alias}date`)} AS date`,
    'starts_at',
    'check_in_deadline',
    'status',
    'created_at',
    'updated_at',
  ]
    .map((column) => (column.includes('(') ? column : `${alias}${column}`))
    .join(', ');

/** The select list of a stored reply, in the shape `replyOf` reads. */
export const REPLY_COLUMNS = 'reply_text, outcome';

const text = (value: unknown): string => (Buffer.isBuffer(value) ? value.toString('utf8') : String(value));

/** A boolean SQL expression's value (MySQL answers 1 or 0, as a number or a string). */
export const flag = (value: unknown): boolean => Number(value) === 1;
/** An instant from a BIGINT column of epoch milliseconds. */
export const instant = (value: unknown): Date => new Date(Number(value));

/** A booking from a row selected with `bookingColumns`. */
export const bookingOf = (row: Row): Booking => ({
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
export const replyOf = (row: Row): Reply => ({
  text: text(row.reply_text),
  outcome: JSON.parse(text(row.outcome)) as Outcome,
});

/** A booking's column list and values, for an INSERT. */
export const BOOKING_INSERT =
  'INSERT INTO bookings (code, office_id, applicant_key, applicant_name, birth_date, application_type, phone, ' +
  'slot_id, date, starts_at, check_in_deadline, status, created_at, updated_at) ' +
  'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

/** The parameters of `BOOKING_INSERT`. */
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
  booking.startsAt.getTime(),
  booking.checkInDeadline.getTime(),
  booking.status,
  booking.createdAt.getTime(),
  booking.updatedAt.getTime(),
];

/** A value as a whole row count: never negative, NaN counts nothing. */
export const rowLimit = (limit: number): number =>
  Number.isNaN(limit) ? 0 : Math.max(0, Math.min(Math.floor(limit), 2_147_483_647));
