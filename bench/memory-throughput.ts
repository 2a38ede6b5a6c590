/**
 * Bookings per second through the memory store, beside the same placements done with plain Maps
 * and a capacity check (what the library adds: its rules, dedup records, copies). Run by
 * `pnpm bench`, which prints the table.
 */
import { CODE_ALPHABET, makeBookingCode, type ReserveInput, type SessionSlot } from '@antrean/core';
import { createMemoryStore } from '@antrean/storage-memory';
import type { BenchRow } from './bench-row';

const BOOKINGS = 20_000;
const SESSIONS_PER_DAY = 10;
const CAPACITY = 40;
const PER_DAY = SESSIONS_PER_DAY * CAPACITY;
const NOW = new Date('2030-01-01T00:00:00Z');

const dateOf = (day: number): string => new Date(Date.UTC(2030, 1, 1 + day)).toISOString().slice(0, 10);

const sessionsOf = (day: number): SessionSlot[] =>
  Array.from({ length: SESSIONS_PER_DAY }, (_, n) => {
    const date = dateOf(day);
    const start = `${String(7 + n).padStart(2, '0')}:00`;
    const startsAt = new Date(`${date}T${start}:00+07:00`);
    const end = `${String(8 + n).padStart(2, '0')}:00`;
    const checkInDeadline = new Date(startsAt.getTime() - 30 * 60_000);
    return { slotId: `${date}@${start}`, date, start, end, startsAt, checkInDeadline, capacity: CAPACITY };
  });

// Seven base-31 digits of the index: distinct, valid code bodies without randomness.
const codeOf = (index: number): string => {
  let body = '';
  for (let n = index, i = 0; i < 7; i += 1, n = Math.floor(n / CODE_ALPHABET.length)) {
    body = CODE_ALPHABET[n % CODE_ALPHABET.length] + body;
  }
  return makeBookingCode(body).unwrapOr(body);
};

/** The requests, built before timing so only the placing is measured. */
const requests = (): ReserveInput[] => {
  const days = Array.from({ length: Math.ceil(BOOKINGS / PER_DAY) }, (_, day) => sessionsOf(day));
  return Array.from({ length: BOOKINGS }, (_, i) => ({
    booking: {
      code: codeOf(i),
      officeId: 'kanim-bench',
      applicantKey: `APPLICANT ${i}|1987-01-25`,
      applicant: { name: `APPLICANT ${i}`, birthDate: '1987-01-25' },
      applicationType: 'regular',
      phone: `+62812${String(i).padStart(8, '0')}`,
      createdAt: NOW,
    },
    candidates: days[Math.floor(i / PER_DAY)]!,
    now: NOW,
    bindingSince: new Date(NOW.getTime() - 90 * 86_400_000),
    message: {
      key: { channel: 'bench', messageId: `m${i}` },
      render: (booking) => ({ text: `Kode ${booking.code}`, outcome: { kind: 'help' } }),
    },
  }));
};

const row = (variant: BenchRow['variant'], bookings: number, started: number): BenchRow => {
  const seconds = (performance.now() - started) / 1000;
  return { store: 'memory', variant, bookings, seconds, perSecond: bookings / seconds };
};

const throughLibrary = async (inputs: readonly ReserveInput[]): Promise<BenchRow> => {
  const store = createMemoryStore();
  const started = performance.now();
  let placed = 0;
  for (const input of inputs) {
    const result = await store.reserve(input);
    if (result.isOk() && result.value.type === 'Reserved') placed += 1;
  }
  const done = row('library', placed, started);
  await store.close();
  return done;
};

const withMaps = async (inputs: readonly ReserveInput[]): Promise<BenchRow> => {
  const bookings = new Map<string, { code: string; slotId: string }>();
  const held = new Map<string, number>();
  const started = performance.now();
  for (const { booking, candidates } of inputs) {
    const slot = candidates.find((c) => (held.get(c.slotId) ?? 0) < c.capacity);
    if (!slot) continue;
    held.set(slot.slotId, (held.get(slot.slotId) ?? 0) + 1);
    bookings.set(booking.code, { code: booking.code, slotId: slot.slotId });
    await undefined; // one await per booking, like the store's callers
  }
  return row('baseline', bookings.size, started);
};

/** Reserve `BOOKINGS` bookings through the memory store and with plain Maps. */
export async function run(): Promise<BenchRow[]> {
  const inputs = requests();
  return [await throughLibrary(inputs), await withMaps(inputs)];
}
