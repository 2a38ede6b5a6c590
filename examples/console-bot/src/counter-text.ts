import type { Booking, CheckInResult, DayListEntry, Language, LocalDate, OfficeConfig } from '@antrean/core';
import { displayCode, formatLocalTime, localDateOf, zoneAbbreviation } from '@antrean/core';
import { counterWords } from './counter-words';
import { typedCode } from './typed-code';

/** How the counter's results read at a terminal, in the office's own time and in `language`. */
export function counterText(office: OfficeConfig, language: Language) {
  const words = counterWords(language);
  const time = (instant: Date) => formatLocalTime(instant, office.timeZone);
  const when = (instant: Date) =>
    `${localDateOf(instant, office.timeZone)} ${time(instant)} ${zoneAbbreviation(office.timeZone, instant)}`;
  const who = (booking: Booking) =>
    words.who(displayCode(booking.code), booking.applicant.name, when(booking.startsAt));
  // The state column is as wide as the language's longest state word.
  const stateWidth = Math.max(...Object.values(words.states).map((word) => word.length)) + 1;

  /** One line per check-in, saying what the officer should do next where there is a choice. */
  const checkIn = (result: CheckInResult, typed: string): string => {
    switch (result.type) {
      case 'CheckedIn': {
        const { booking } = result;
        return words.checkedIn(displayCode(booking.code), booking.applicant.name, when(booking.startsAt));
      }
      case 'TooEarly':
        return words.tooEarly(who(result.booking), when(result.opensAt));
      case 'Expired':
        return words.expired(who(result.booking), when(result.booking.checkInDeadline));
      case 'Cancelled':
        return words.cancelled(who(result.booking));
      case 'AlreadyCheckedIn':
        return words.alreadyCheckedIn(who(result.booking), when(result.booking.updatedAt));
      case 'NotFound':
        return words.notFound(typedCode(typed) ?? typed, office.name);
      case 'InvalidCode':
        return words.invalidCode(typed.slice(0, 20));
    }
  };

  /** The day's bookings in session order, each with its state at the time asked. */
  const dayList = (date: LocalDate, entries: readonly DayListEntry[]): string => {
    const rows = entries.map(
      ({ booking, state }) =>
        `  ${time(booking.startsAt)}  ${displayCode(booking.code)}  ${words.states[state].padEnd(stateWidth - 1)} ${booking.applicant.name}`,
    );
    return [words.dayHeading(date, rows.length), ...rows].join('\n');
  };

  return { checkIn, dayList };
}
