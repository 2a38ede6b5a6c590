import {
  bookingInSlot,
  checkNumberBinding,
  type NumberBinding,
  type ReserveInput,
  type ReserveResult,
} from '@antrean/core';
import type { Connection } from './connection';
import { releasePlace, takePlace } from './places';
import { findReplyIn, recordWriteReply } from './replies';
import { BOOKING_COLUMNS, type BookingRow, bookingValues, SELECT_BOOKING, toBooking } from './rows';

/**
 * Mark the applicant's active bookings that lapsed before `activeFrom` (the core's threshold) as
 * expired at `now`, giving their places back.
 */
const expireLapsed = (conn: Connection, input: ReserveInput): void => {
  const lapsed = conn.all<{ office_id: string; slot_id: string }>(
    `UPDATE bookings SET status = 'expired', updated_at = ?
     WHERE applicant_key = ? AND status = 'active' AND check_in_deadline < ?
     RETURNING office_id, slot_id`,
    input.now.getTime(),
    input.booking.applicantKey,
    input.activeFrom.getTime(),
  );
  for (const row of lapsed) releasePlace(conn, row.office_id, row.slot_id);
};

/** The number's binding as stored; the write lock keeps it current until this transaction ends. */
const bindingOf = (conn: Connection, phone: string): NumberBinding | undefined => {
  const row = conn.get<{ applicant_key: string; bound_at: number }>(
    'SELECT applicant_key, bound_at FROM number_bindings WHERE phone = ?',
    phone,
  );
  return row && { applicantKey: row.applicant_key, boundAt: new Date(Number(row.bound_at)) };
};

/**
 * The whole reservation; call inside one transaction. Refusals return before any write, so
 * only `Reserved` (and the expiry of lapsed bookings it implies) changes the database.
 */
export const reserveIn = (conn: Connection, input: ReserveInput): ReserveResult => {
  const { booking: draft, now, message } = input;
  const duplicate = message ? findReplyIn(conn, message.key) : undefined;
  if (duplicate) return { type: 'DuplicateMessage', reply: duplicate };
  expireLapsed(conn, input);
  const existing = conn.get<BookingRow>(
    `${SELECT_BOOKING} WHERE applicant_key = ? AND status = 'active'`,
    draft.applicantKey,
  );
  if (existing) return { type: 'ApplicantHasBooking', existing: toBooking(existing) };
  const binding = bindingOf(conn, draft.phone);
  if (checkNumberBinding(binding, draft.applicantKey, input.bindingSince).isErr()) {
    return { type: 'NumberBound' };
  }
  if (conn.get('SELECT 1 AS taken FROM bookings WHERE code = ?', draft.code)) return { type: 'CodeTaken' };
  const slot = input.candidates.find((candidate) => takePlace(conn, draft.officeId, candidate));
  if (!slot) return { type: 'SessionsFull' };
  const booking = bookingInSlot(draft, slot, now);
  conn.run(
    `INSERT INTO bookings (${BOOKING_COLUMNS}) VALUES (${'?, '.repeat(13)}?)`,
    ...bookingValues(booking),
  );
  conn.run(
    `INSERT INTO number_bindings (phone, applicant_key, bound_at) VALUES (?, ?, ?)
     ON CONFLICT (phone) DO UPDATE SET applicant_key = excluded.applicant_key, bound_at = excluded.bound_at`,
    booking.phone,
    booking.applicantKey,
    now.getTime(),
  );
  if (!message) return { type: 'Reserved', booking };
  const reply = recordWriteReply(conn, message, booking, now);
  return { type: 'Reserved', booking, reply };
};
