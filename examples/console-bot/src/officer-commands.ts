import type { BookingService, OfficeConfig } from '@antrean/core';
import { displayCode, formatLocalTime, localDateOf } from '@antrean/core';
import { LIST_USAGE, readListDate } from './read-list-date';
import type { SessionOutput } from './session-output';

const CHECKIN_USAGE = '/checkin <code>, e.g. /checkin QA6Y-AU5H';

/**
 * The counter's side, typed at the same terminal: `/checkin <code>` checks an applicant in and
 * `/list [date]` shows a day's bookings. Returns false when the command is not one of them.
 */
export function createOfficerCommands(
  service: BookingService,
  office: OfficeConfig,
  now: () => Date,
  output: SessionOutput,
) {
  const time = (instant: Date) => formatLocalTime(instant, office.timeZone);
  const print = (command: string, message: string) => output.notice({ command, message });

  const checkIn = async (code: string): Promise<void> => {
    const result = await service.checkIn(code);
    if (result.isErr()) {
      return output.notice({
        command: 'checkin',
        problem: 'store',
        message: `store error: ${result.error.message}`,
      });
    }
    const outcome = result.value;
    if (outcome.type === 'CheckedIn') {
      const { booking } = outcome;
      return print(
        'checkin',
        `checked in ${displayCode(booking.code)}: ${booking.applicant.name}, ${booking.date} ${time(booking.startsAt)}`,
      );
    }
    if (outcome.type === 'NotActive') {
      return print(
        'checkin',
        `not checked in: ${displayCode(outcome.booking.code)} is ${outcome.booking.status} or past its deadline`,
      );
    }
    print(
      'checkin',
      outcome.type === 'InvalidCode' ? `not a booking code: ${code}` : `no booking with code ${code}`,
    );
  };

  const list = async (date: string): Promise<void> => {
    const result = await service.dayList(date);
    if (result.isErr()) {
      return output.notice({
        command: 'list',
        problem: 'store',
        message: `store error: ${result.error.message}`,
      });
    }
    const rows = result.value.map(
      (b) => `  ${time(b.startsAt)}  ${displayCode(b.code)}  ${b.status.padEnd(10)} ${b.applicant.name}`,
    );
    print('list', [`${date}: ${rows.length} booking(s)`, ...rows].join('\n'));
  };

  /** Run the command if it is a counter command. */
  return async (command: string, argument: string): Promise<boolean> => {
    if (command === 'checkin') {
      if (argument === '') output.notice({ command, problem: 'usage', message: `usage: ${CHECKIN_USAGE}` });
      else await checkIn(argument);
      return true;
    }
    if (command !== 'list') return false;
    const date = argument === '' ? localDateOf(now(), office.timeZone) : readListDate(argument);
    if (date === undefined) {
      const message = `cannot read the date "${argument.slice(0, 20)}"; usage: ${LIST_USAGE}`;
      output.notice({ command, problem: 'usage', message });
    } else await list(date);
    return true;
  };
}
