import { bookingInSlot, type ReserveInput, type ReserveResult } from '@antrean/core';
import type { Connection } from './connection';
import { releasePlace, takePlace } from './places';
import { findReplyIn, recordReplyIn } from './replies';
import { BOOKING_COLUMNS, type BookingRow, bookingValues, SELECT_BOOKING, toBooking } from './rows';

/** Mark the applicant's active bookings past their deadline as expired, giving their places back. */
const expireLapsed = (conn: Connection, applicantKey: string, now: Date): void => {
  const lapsed = conn.all<{ office_id: string; slot_id: string }>(
    `UPDATE bookings SET status = 'expired', updated_at = ?
     WHERE applicant_key = ? AND status = 'active' AND check_in_deadline < ?
     RETURNING office_id, slot_id`,
    now.getTime(),
    applicantKey,
    now.getTime(),
  );
  for (const row of lapsed) releasePlace(conn, row.office_id, row.slot_id);
};

const isBoundElsewhere = (conn: Connection, input: ReserveInput): boolean => {
  const binding = conn.get<{ applicant_key: string; bound_at: number }>(
    'SELECT applicant_key, bound_at FROM number_bindings WHERE phone = ?',
    input.booking.phone,
  );
  return (
    binding !== undefined &&
    binding.applicant_key !== input.booking.applicantKey &&
    Number(binding.bound_at) >= input.bindingSince.getTime()
  );
};

/**
 * The whole reservation; call inside one transaction. Refusals return before any write, so
 * only `Reserved` (and the expiry of lapsed bookings it implies) changes the database.
 */
export const reserveIn = (conn: Connection, input: ReserveInput): ReserveResult => {
  const { booking: draft, now, message } = input;
  const duplicate = message ? findReplyIn(conn, message.key) : undefined;
  if (duplicate) return { type: 'DuplicateMessage', reply: duplicate };
  expireLapsed(conn, draft.applicantKey, now);
  const existing = conn.get<BookingRow>(
    `${SELECT_BOOKING} WHERE applicant_key = ? AND status = 'active'`,
    draft.applicantKey,
  );
  if (existing) return { type: 'ApplicantHasBooking', existing: toBooking(existing) };
  if (isBoundElsewhere(conn, input)) return { type: 'NumberBound' };
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
  // `render` gets a copy, so a caller changing it cannot change the booking we return.
  const reply = recordReplyIn(conn, message.key, message.render(structuredClone(booking)), now).reply;
  return { type: 'Reserved', booking, reply };
};
