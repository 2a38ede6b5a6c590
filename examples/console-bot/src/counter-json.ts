import type { Booking, CheckInResult, DayListEntry, LocalDate, OfficeConfig } from '@antrean/core';
import { displayCode, formatOffsetIso } from '@antrean/core';
import { typedCode } from './typed-code';

/** The `result` names of the `--json` check-in line (CONTRACT: terminal bot JSON). */
const RESULT_NAMES = {
  CheckedIn: 'checked_in',
  InvalidCode: 'not_found',
  NotFound: 'not_found',
  TooEarly: 'too_early',
  Expired: 'expired',
  Cancelled: 'cancelled',
  AlreadyCheckedIn: 'already_checked_in',
} as const satisfies Record<CheckInResult['type'], string>;

/** The counter's results as the objects `--json` prints on stderr, instants with the office's offset. */
export function counterJson(office: OfficeConfig) {
  const iso = (instant: Date) => formatOffsetIso(instant, office.timeZone);
  const facts = (booking: Booking) => ({
    code: displayCode(booking.code),
    name: booking.applicant.name,
    date: booking.date,
    sessionStart: iso(booking.startsAt),
    checkInDeadline: iso(booking.checkInDeadline),
  });

  /** `{"command":"checkin","result":…}` with the booking's facts when there is a booking. */
  const checkIn = (result: CheckInResult, typed: string): Record<string, unknown> => {
    const head = { command: 'checkin', result: RESULT_NAMES[result.type] };
    switch (result.type) {
      case 'InvalidCode':
        return { ...head, problem: 'invalid' };
      case 'NotFound':
        return { ...head, code: typedCode(typed) };
      case 'TooEarly':
        return { ...head, ...facts(result.booking), opensAt: iso(result.opensAt) };
      case 'CheckedIn':
      case 'AlreadyCheckedIn':
        return { ...head, ...facts(result.booking), checkedInAt: iso(result.booking.updatedAt) };
      default:
        return { ...head, ...facts(result.booking) };
    }
  };

  /** `{"command":"list","date":…,"bookings":[{code,name,sessionStart,state}…]}`. */
  const dayList = (date: LocalDate, entries: readonly DayListEntry[]) => ({
    command: 'list',
    date,
    bookings: entries.map(({ booking, state }) => ({
      code: displayCode(booking.code),
      name: booking.applicant.name,
      sessionStart: iso(booking.startsAt),
      state,
    })),
  });

  return { checkIn, dayList };
}
