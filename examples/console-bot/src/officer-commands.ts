import type { BookingService, Language, OfficeConfig } from '@antrean/core';
import { localDateOf } from '@antrean/core';
import { counterWords } from './counter-words';
import { readListDate } from './read-list-date';
import type { SessionOutput } from './session-output';

/**
 * The counter's side, typed at the same terminal: `/checkin <code>` checks an applicant in and
 * `/list [date]` shows a day's bookings with each one's state now. The returned function runs a
 * command and returns false when it is not one of them. Its notices are in `language`.
 */
export function createOfficerCommands(
  service: BookingService,
  { office, language }: { readonly office: OfficeConfig; readonly language: Language },
  now: () => Date,
  output: SessionOutput,
) {
  const words = counterWords(language);
  const storeFailed = (command: string, message: string) =>
    output.notice({ command, problem: 'store', message: words.storeError(message) });

  const checkIn = async (typed: string): Promise<void> => {
    if (typed === '')
      return output.notice({ command: 'checkin', problem: 'usage', message: words.checkInUsage });
    const result = await service.checkIn(typed);
    if (result.isErr()) return storeFailed('checkin', result.error.message);
    output.checkIn(result.value, typed);
  };

  const list = async (typed: string): Promise<void> => {
    const date = typed === '' ? localDateOf(now(), office.timeZone) : readListDate(typed);
    if (date === undefined) {
      const message = `${words.unreadableDate(typed.slice(0, 20))}; ${words.listUsage}`;
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
