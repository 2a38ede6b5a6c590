import type { Booking, CheckInResult, DayListEntry, LocalDate, OfficeConfig } from '@antrean/core';
import { displayCode, formatLocalTime, localDateOf, zoneAbbreviation } from '@antrean/core';
import { typedCode } from './typed-code';

/** How the counter's results read at a terminal, in the office's own time. */
export function counterText(office: OfficeConfig) {
  const time = (instant: Date) => formatLocalTime(instant, office.timeZone);
  const when = (instant: Date) =>
    `${localDateOf(instant, office.timeZone)} ${time(instant)} ${zoneAbbreviation(office.timeZone, instant)}`;
  const who = (booking: Booking) =>
    `${displayCode(booking.code)} (${booking.applicant.name}, session ${when(booking.startsAt)})`;

  /** One line per check-in, saying what the officer should do next where there is a choice. */
  const checkIn = (result: CheckInResult, typed: string): string => {
    switch (result.type) {
      case 'CheckedIn':
        return `checked in ${displayCode(result.booking.code)}: ${result.booking.applicant.name}, ${when(result.booking.startsAt)}`;
      case 'TooEarly':
        return `too early: ${who(result.booking)}; check-in opens ${when(result.opensAt)}`;
      case 'Expired':
        return `hangus: ${who(result.booking)} expired at its check-in deadline ${when(result.booking.checkInDeadline)}; the applicant may book again`;
      case 'Cancelled':
        return `cancelled: ${who(result.booking)} was cancelled; not checked in`;
      case 'AlreadyCheckedIn':
        return `already checked in: ${who(result.booking)} at ${when(result.booking.updatedAt)}`;
      case 'NotFound':
        return `not found: no booking ${typedCode(typed) ?? typed} at ${office.name}`;
      case 'InvalidCode':
        return `not a booking code: "${typed.slice(0, 20)}" (codes look like QA6Y-AU5H)`;
    }
  };

  /** The day's bookings in session order, each with its state at the time asked. */
  const dayList = (date: LocalDate, entries: readonly DayListEntry[]): string => {
    const rows = entries.map(
      ({ booking, state }) =>
        `  ${time(booking.startsAt)}  ${displayCode(booking.code)}  ${state.padEnd(10)} ${booking.applicant.name}`,
    );
    return [`${date}: ${rows.length} booking(s)`, ...rows].join('\n');
  };

  return { checkIn, dayList };
}
