import { ConcurrentChange, type LedgerPrimitives } from '@antrean/core';
import type { Connection } from './connection';
import { releasePlace, takePlace } from './places';
import { purgeRowsIn } from './purge';
import { findReplyIn, recordReplyIn } from './replies';
import { BOOKING_COLUMNS, type BookingRow, bookingValues, SELECT_BOOKING, toBooking } from './rows';

/** The primitives on bookings, places, bindings and replies, as SQL on one connection. */
export type BookingPrimitives = Omit<
  LedgerPrimitives,
  'lockDay' | 'dayTickets' | 'ticketOfCode' | 'nextSequence' | 'insertTicket' | 'updateTicket' | 'appendAudit'
>;

const bookingByCode = (conn: Connection, code: string) => {
  const row = conn.get<BookingRow>(`${SELECT_BOOKING} WHERE code = ?`, code);
  return row ? toBooking(row) : undefined;
};

/**
 * The booking primitives over `conn`. Each runs its statements at once (the connection is
 * synchronous) inside the caller's write transaction, whose lock keeps every read current until
 * it ends; the promise only carries the result to the core's use case.
 */
export const bookingPrimitives = (conn: Connection): BookingPrimitives => ({
  reserveFacts: async ({ key, applicantKey, phone, code }) => {
    const reply = key ? findReplyIn(conn, key) : undefined;
    const active = conn.get<BookingRow>(
      `${SELECT_BOOKING} WHERE applicant_key = ? AND status = 'active'`,
      applicantKey,
    );
    const binding = conn.get<{ applicant_key: string; bound_at: number }>(
      'SELECT applicant_key, bound_at FROM number_bindings WHERE phone = ?',
      phone,
    );
    return {
      ...(reply ? { reply } : {}),
      ...(active ? { active: toBooking(active) } : {}),
      ...(binding
        ? { binding: { applicantKey: binding.applicant_key, boundAt: new Date(Number(binding.bound_at)) } }
        : {}),
      codeTaken: conn.get('SELECT 1 AS taken FROM bookings WHERE code = ?', code) !== undefined,
    };
  },
  findReply: async (key) => findReplyIn(conn, key),
  findBooking: async (code) => bookingByCode(conn, code),
  lapsedBookings: async ({ before, officeId, limit }) =>
    conn
      .all<BookingRow>(
        `${SELECT_BOOKING} WHERE status = 'active' AND check_in_deadline < ? AND (? IS NULL OR office_id = ?)
         LIMIT ?`,
        before.getTime(),
        officeId ?? null,
        officeId ?? null,
        limit,
      )
      .map(toBooking),
  changeStatus: async ({ codes, from, to, at, release }) => {
    // The codes go in as one JSON array, so one cached statement serves any number of them.
    const rows = conn.all<BookingRow>(
      `UPDATE bookings SET status = ?, updated_at = ?
       WHERE code IN (SELECT value FROM json_each(?)) AND status = ?
       RETURNING ${BOOKING_COLUMNS}`,
      to,
      at.getTime(),
      JSON.stringify(codes),
      from,
    );
    if (release) for (const row of rows) releasePlace(conn, row.office_id, row.slot_id);
    return rows.map(toBooking);
  },
  takePlace: async (officeId, slot) => takePlace(conn, officeId, slot),
  writeBooking: async ({ booking, binding, reply }) => {
    // The binding first: refused, it leaves nothing to undo.
    const bound = conn.run(
      `INSERT INTO number_bindings (phone, applicant_key, bound_at) VALUES (?, ?, ?)
       ON CONFLICT (phone) DO UPDATE SET applicant_key = excluded.applicant_key, bound_at = excluded.bound_at
       WHERE number_bindings.applicant_key = excluded.applicant_key OR number_bindings.bound_at < ?`,
      binding.phone,
      binding.applicantKey,
      binding.at.getTime(),
      binding.replaceBefore.getTime(),
    );
    if (bound !== 1) return false;
    conn.run(
      `INSERT INTO bookings (${BOOKING_COLUMNS}) VALUES (${'?, '.repeat(13)}?)`,
      ...bookingValues(booking),
    );
    // The core found no reply in this transaction; one there now was written by a concurrent run.
    if (reply && !recordReplyIn(conn, reply))
      throw new ConcurrentChange('the message was answered meanwhile');
    return true;
  },
  recordReply: async (record) => recordReplyIn(conn, record),
  purgeRows: async (thresholds) => purgeRowsIn(conn, thresholds),
});
