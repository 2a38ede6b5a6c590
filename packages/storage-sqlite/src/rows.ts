import type { ApplicationType, Booking, Reply, StoredBookingStatus } from '@antrean/core';
import type { SqliteValue } from './sqlite-database';

/** A `bookings` row as SQLite returns it. */
export interface BookingRow {
  readonly code: string;
  readonly office_id: string;
  readonly applicant_key: string;
  readonly applicant_name: string;
  readonly birth_date: string;
  readonly application_type: string;
  readonly phone: string;
  readonly slot_id: string;
  readonly date: string;
  readonly starts_at: number;
  readonly check_in_deadline: number;
  readonly status: string;
  readonly created_at: number;
  readonly updated_at: number;
}

/** A `messages` row's reply columns. */
export interface ReplyRow {
  readonly reply_text: string;
  readonly outcome_json: string;
}

/** The columns of `bookings`, in the order `bookingValues` gives them. */
export const BOOKING_COLUMNS =
  'code, office_id, applicant_key, applicant_name, birth_date, application_type, phone, slot_id, date, starts_at, check_in_deadline, status, created_at, updated_at';

/** SELECT every booking column, for queries that end with their own WHERE. */
export const SELECT_BOOKING = `SELECT ${BOOKING_COLUMNS} FROM bookings`;

/** A booking from its row. Status and application type are trusted: CHECK and the writer keep them valid. */
export const toBooking = (row: BookingRow): Booking => ({
  code: row.code,
  officeId: row.office_id,
  applicantKey: row.applicant_key,
  applicant: { name: row.applicant_name, birthDate: row.birth_date },
  applicationType: row.application_type as ApplicationType,
  phone: row.phone,
  slotId: row.slot_id,
  date: row.date,
  startsAt: new Date(Number(row.starts_at)),
  checkInDeadline: new Date(Number(row.check_in_deadline)),
  status: row.status as StoredBookingStatus,
  createdAt: new Date(Number(row.created_at)),
  updatedAt: new Date(Number(row.updated_at)),
});

/** A booking's values in `BOOKING_COLUMNS` order. */
export const bookingValues = (b: Booking): SqliteValue[] => [
  b.code,
  b.officeId,
  b.applicantKey,
  b.applicant.name,
  b.applicant.birthDate,
  b.applicationType,
  b.phone,
  b.slotId,
  b.date,
  b.startsAt.getTime(),
  b.checkInDeadline.getTime(),
  b.status,
  b.createdAt.getTime(),
  b.updatedAt.getTime(),
];

/** A stored reply; its outcome was written by `JSON.stringify` of a `Reply['outcome']`. */
export const toReply = (row: ReplyRow): Reply => ({
  text: row.reply_text,
  outcome: JSON.parse(row.outcome_json) as Reply['outcome'],
});
