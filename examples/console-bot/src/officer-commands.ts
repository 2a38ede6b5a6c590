import type { BookingService, OfficeConfig } from '@antrean/core';
import { localDateOf } from '@antrean/core';
import { LIST_USAGE, readListDate } from './read-list-date';
import type { SessionOutput } from './session-output';

const CHECKIN_USAGE = '/checkin <code>, e.g. /checkin QA6Y-AU5H';

/**
 * The counter's side, typed at the same terminal: `/checkin <code>` checks an applicant in and
 * `/list [date]` shows a day's bookings with each one's state now. The returned function runs a
 * command and returns false when it is not one of them.
 */
export function createOfficerCommands(
  service: BookingService,
  office: OfficeConfig,
  now: () => Date,
  output: SessionOutput,
) {
  const storeFailed = (command: string, message: string) =>
    output.notice({ command, problem: 'store', message: `store error: ${message}` });

  const checkIn = async (typed: string): Promise<void> => {
    if (typed === '')
      return output.notice({ command: 'checkin', problem: 'usage', message: `usage: ${CHECKIN_USAGE}` });
    const result = await service.checkIn(typed);
    if (result.isErr()) return storeFailed('checkin', result.error.message);
    output.checkIn(result.value, typed);
  };

  const list = async (typed: string): Promise<void> => {
    const date = typed === '' ? localDateOf(now(), office.timeZone) : readListDate(typed);
    if (date === undefined) {
      const message = `cannot read the date "${typed.slice(0, 20)}"; usage: ${LIST_USAGE}`;
      return output.notice({ command: 'list', problem: 'usage', message });
    }
    const result = await service.dayList(date);
    if (result.isErr()) return storeFailed('list', result.error.message);
    output.dayList(date, result.value);
  };

  return async (command: string, argument: string): Promise<boolean> => {
    if (command === 'checkin') await checkIn(argument);
    else if (command === 'list') await list(argument);
    else return false;
    return true;
  };
}
