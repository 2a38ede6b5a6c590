/**
 * A quota day's traffic, built before the clock starts: per 10 distinct messages 7 bookings from new
 * numbers, 1 malformed, 2 touts booking a second identity from a number that has just booked; and
 * about 5% redeliveries (the same message id and body again, 50 messages later, as Meta retries).
 */
import { bookingText } from './message-mix';
import { signedMessage } from './whatsapp-bot';

/** One webhook post of the day. */
export interface DayMessage {
  readonly body: string;
  readonly signature: string;
  /** The WhatsApp message id (a redelivery repeats its original's). */
  readonly id: string;
  /** The sender's digits: where the reply goes. */
  readonly from: string;
}

/** The day's posts in sending order, and how many distinct message ids they carry. */
export interface QuotaDay {
  readonly posts: readonly DayMessage[];
  readonly distinctMessages: number;
}

/** Sender digits → distinct message ids among `posts`: the replies each sender is due. */
export function repliesDue(posts: readonly DayMessage[]): Map<string, number> {
  const seen = new Set<string>();
  const due = new Map<string, number>();
  for (const { id, from } of posts) {
    if (seen.has(id)) continue;
    seen.add(id);
    due.set(from, (due.get(from) ?? 0) + 1);
  }
  return due;
}

const JUNK = ['halo min', 'daftar', '#BUDI#1987#', 'berapa biayanya?', '🙏'];

/** `total` posts (redeliveries included) for the offices answering on `numbers`, arriving `arrival`. */
export function quotaDay(total: number, numbers: readonly string[], arrival: string): QuotaDay {
  const distinct = Math.round(total / 1.05);
  const senders: string[] = [];
  const offices: string[] = [];
  const posts: DayMessage[] = [];
  for (let j = 0; j < distinct; j += 1) {
    const kind = j % 10;
    const copied = kind === 1 || kind === 2 ? j - 3 : -1; // j - 3 is a booking (kind 8 or 9)
    const from = copied >= 0 ? senders[copied]! : `62857${String(j).padStart(8, '0')}`;
    const office = copied >= 0 ? offices[copied]! : numbers[Math.floor(j / 10) % numbers.length]!;
    senders.push(from);
    offices.push(office);
    const text =
      kind === 0
        ? JUNK[j % JUNK.length]!
        : kind < 3
          ? bookingText(j + 1_000_000, arrival)
          : bookingText(j, arrival);
    const id = `wamid.day-${j}`;
    posts.push({ ...signedMessage(office, from, id, text), id, from });
    if (j % 20 === 19 && j >= 50) posts.push(posts[posts.length - 51]!);
  }
  while (posts.length < total) posts.push(posts[posts.length - 50]!);
  return { posts, distinctMessages: distinct };
}
