/**
 * One quota day of the memory benchmark: new senders, new identities and new message ids each day,
 * all arriving `daysAhead` days from now, so each day books places on a date no earlier day used.
 */
import { bookingText } from './message-mix';
import { signedMessage } from './whatsapp-bot';

/** DDMMYYYY `daysAhead` days after today in Jakarta. */
export const arrivalIn = (daysAhead: number): string => {
  const date = new Date(Date.now() + (24 * daysAhead + 7) * 3_600_000).toISOString();
  return `${date.slice(8, 10)}${date.slice(5, 7)}${date.slice(0, 4)}`;
};

/** Day `day`'s `count` signed posts over the offices answering on `numbers`: 9 in 10 bookings, 1 junk. */
export function memoryDay(day: number, count: number, numbers: readonly string[]) {
  const arrival = arrivalIn(day + 1);
  return Array.from({ length: count }, (_, j) => {
    const n = day * 60_000 + j;
    const from = `628${String(day).padStart(2, '0')}${String(j).padStart(8, '0')}`;
    const text = j % 10 === 0 ? 'halo min, daftar' : bookingText(n, arrival);
    return signedMessage(numbers[j % numbers.length]!, from, `wamid.mem-${day}-${j}`, text);
  });
}
