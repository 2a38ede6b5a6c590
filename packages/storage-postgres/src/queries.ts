import type { Booking, LocalDate, SlotCounts } from '@antrean/core';
import type { ClientLike } from './pool-like';
import { runNamed } from './prepared';
import { BOOKING_COLUMNS, bookingOf } from './rows';
import type { Tables } from './tables';

/** The office's booking with this code, whatever its state; another office's code is undefined. */
export const findByCodeWith = async (
  client: ClientLike,
  t: Tables,
  officeId: string,
  code: string,
): Promise<Booking | undefined> => {
  const found = await runNamed(
    client,
    `SELECT ${BOOKING_COLUMNS} FROM ${t.bookings} WHERE code = $1 AND office_id = $2`,
    [code, officeId],
  );
  const [row] = found.rows;
  return row ? bookingOf(row) : undefined;
};

/** The applicant's active booking whose deadline is not before `activeFrom` (the core's threshold). */
export const findActiveWith = async (
  client: ClientLike,
  t: Tables,
  applicantKey: string,
  activeFrom: Date,
): Promise<Booking | undefined> => {
  const found = await runNamed(
    client,
    `SELECT ${BOOKING_COLUMNS} FROM ${t.bookings}
     WHERE applicant_key = $1 AND status = 'active' AND check_in_deadline >= $2::timestamptz`,
    [applicantKey, activeFrom.toISOString()],
  );
  const [row] = found.rows;
  return row ? bookingOf(row) : undefined;
};

/** Places held per slot id of the office on these dates, read from the counters capacity uses. */
export const countBySlotWith = async (
  client: ClientLike,
  t: Tables,
  officeId: string,
  dates: readonly LocalDate[],
): Promise<SlotCounts> => {
  const counts = new Map<string, number>();
  if (dates.length === 0) return counts;
  const found = await runNamed(
    client,
    `SELECT slot_id, held FROM ${t.slots} WHERE office_id = $1 AND date = ANY($2::date[]) AND held > 0`,
    [officeId, [...dates]],
  );
  for (const row of found.rows) counts.set(String(row.slot_id), Number(row.held));
  return counts;
};

/** The office's bookings on a date, by session start, then creation, then code (a stable order). */
export const listByDateWith = async (
  client: ClientLike,
  t: Tables,
  officeId: string,
  date: LocalDate,
): Promise<readonly Booking[]> => {
  const found = await runNamed(
    client,
    `SELECT ${BOOKING_COLUMNS} FROM ${t.bookings} WHERE office_id = $1 AND date = $2::date
     ORDER BY starts_at, created_at, code`,
    [officeId, date],
  );
  return found.rows.map(bookingOf);
};
