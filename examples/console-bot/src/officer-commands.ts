import type { BookingService, OfficeConfig } from '@antrean/core';
import { displayCode, formatLocalTime, localDateOf } from '@antrean/core';

/** What the officer's lines print to: never stdout, which carries only applicants' replies. */
export type OfficerOutput = (text: string) => void;

/**
 * The counter's side, typed at the same terminal: `/checkin <code>` checks an applicant in and
 * `/list [YYYY-MM-DD]` shows a day's bookings. Returns false when the line is not one of them.
 */
export function createOfficerCommands(
  service: BookingService,
  office: OfficeConfig,
  now: () => Date,
  print: OfficerOutput,
) {
  const time = (instant: Date) => formatLocalTime(instant, office.timeZone);

  const checkIn = async (code: string): Promise<void> => {
    const result = await service.checkIn(code);
    if (result.isErr()) return print(`store error: ${result.error.message}\n`);
    const outcome = result.value;
    if (outcome.type === 'CheckedIn') {
      const { booking } = outcome;
      return print(
        `checked in ${displayCode(booking.code)}: ${booking.applicant.name}, ${booking.date} ${time(booking.startsAt)}\n`,
      );
    }
    if (outcome.type === 'NotActive') {
      return print(
        `not checked in: ${displayCode(outcome.booking.code)} is ${outcome.booking.status} or past its deadline\n`,
      );
    }
    print(
      outcome.type === 'InvalidCode' ? `not a booking code: ${code}\n` : `no booking with code ${code}\n`,
    );
  };

  const list = async (date: string): Promise<void> => {
    const result = await service.dayList(date);
    if (result.isErr()) return print(`store error: ${result.error.message}\n`);
    const rows = result.value.map(
      (b) => `  ${time(b.startsAt)}  ${displayCode(b.code)}  ${b.status.padEnd(10)} ${b.applicant.name}`,
    );
    print(`${date}: ${rows.length} booking(s)\n${rows.join('\n')}${rows.length > 0 ? '\n' : ''}`);
  };

  /** Run the line if it is an officer command. */
  return async (line: string): Promise<boolean> => {
    const command = /^\s*\/(checkin|list)\b\s*(.*)$/i.exec(line);
    if (!command) return false;
    const argument = (command[2] ?? '').trim();
    if (command[1]?.toLowerCase() === 'checkin') {
      if (argument === '') print('usage: /checkin <code>\n');
      else await checkIn(argument);
    } else {
      await list(argument === '' ? localDateOf(now(), office.timeZone) : argument);
    }
    return true;
  };
}
