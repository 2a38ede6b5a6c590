import type { Booking, LocalDate, SlotCounts } from '@antrean/core';
import type { Connection } from './connection';
import { type BookingRow, SELECT_BOOKING, toBooking } from './rows';

/** The office's booking with this code, whatever its state; another office's code is undefined. */
export const byOfficeCode = (conn: Connection, officeId: string, code: string): Booking | undefined => {
  const row = conn.get<BookingRow>(`${SELECT_BOOKING} WHERE code = ? AND office_id = ?`, code, officeId);
  return row ? toBooking(row) : undefined;
};

/** The applicant's active booking whose check-in deadline is not before `activeFrom`. */
export const activeOf = (conn: Connection, applicantKey: string, activeFrom: Date): Booking | undefined => {
  const row = conn.get<BookingRow>(
    `${SELECT_BOOKING} WHERE applicant_key = ? AND status = 'active' AND check_in_deadline >= ?`,
    applicantKey,
    activeFrom.getTime(),
  );
  return row ? toBooking(row) : undefined;
};

/**
 * Places taken per slot id of the office on these dates, read from the slot counters (kept
 * equal to the count of active and checked-in rows by every write). Dates go in as one JSON
 * array, so one cached statement serves any number of them.
 */
export const countsOn = (conn: Connection, officeId: string, dates: readonly LocalDate[]): SlotCounts => {
  const rows = conn.all<{ slot_id: string; held: number }>(
    `SELECT slot_id, held FROM slot_counters
     WHERE office_id = ? AND held > 0 AND date IN (SELECT value FROM json_each(?))`,
    officeId,
    JSON.stringify(dates),
  );
  return new Map(rows.map((row) => [row.slot_id, Number(row.held)]));
};

/** The office's bookings on a date, by session start, then creation, then code (a stable order). */
export const listOn = (conn: Connection, officeId: string, date: LocalDate): readonly Booking[] =>
  conn
    .all<BookingRow>(
      `${SELECT_BOOKING} WHERE office_id = ? AND date = ? ORDER BY starts_at, created_at, code`,
      officeId,
      date,
    )
    .map(toBooking);
