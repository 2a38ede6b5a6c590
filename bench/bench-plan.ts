/**
 * The work every throughput bench measures, built the same way for each store so their figures
 * compare: deterministic requests (no randomness, no clock) filling hourly sessions day by day.
 */
import {
  activeFrom,
  CODE_ALPHABET,
  makeBookingCode,
  type ReserveInput,
  type SessionSlot,
} from '@antrean/core';

/** What a bench books: how many bookings, into which sessions, at which office. */
export interface BenchPlan {
  /** Requests built; each one places at most one booking. */
  readonly bookings: number;
  /** Hourly sessions a day, the first at 07:00 WIB. */
  readonly sessionsPerDay: number;
  /** Seats in every session. */
  readonly capacity: number;
  /** The office every booking is for. */
  readonly officeId: string;
}

/** The fixed "now" of every request, so runs repeat exactly. */
export const BENCH_NOW = new Date('2030-01-01T00:00:00Z');

/** A plan of `bookings` requests into 10 sessions of 40 a day at `kanim-bench`, unless overridden. */
export const benchPlan = (
  bookings: number,
  overrides: Partial<Omit<BenchPlan, 'bookings'>> = {},
): BenchPlan => ({
  bookings,
  sessionsPerDay: 10,
  capacity: 40,
  officeId: 'kanim-bench',
  ...overrides,
});

const dateOf = (day: number): string => new Date(Date.UTC(2030, 1, 1 + day)).toISOString().slice(0, 10);

/** The sessions of the `day`-th bench day (counted from 2030-02-01), one an hour from 07:00 WIB. */
export const sessionsOf = (plan: BenchPlan, day: number): SessionSlot[] =>
  Array.from({ length: plan.sessionsPerDay }, (_, n) => {
    const date = dateOf(day);
    const start = `${String(7 + n).padStart(2, '0')}:00`;
    const startsAt = new Date(`${date}T${start}:00+07:00`);
    const end = `${String(8 + n).padStart(2, '0')}:00`;
    const checkInDeadline = new Date(startsAt.getTime() - 30 * 60_000);
    return {
      slotId: `${date}@${start}`,
      date,
      start,
      end,
      startsAt,
      checkInDeadline,
      capacity: plan.capacity,
    };
  });

/** A distinct, valid booking code for `index`: its seven base-31 digits, no randomness. */
export const codeOf = (index: number): string => {
  let body = '';
  for (let n = index, i = 0; i < 7; i += 1, n = Math.floor(n / CODE_ALPHABET.length)) {
    body = CODE_ALPHABET[n % CODE_ALPHABET.length] + body;
  }
  return makeBookingCode(body).unwrapOr(body);
};

/** The plan's requests, built before timing; each day's sessions fill in order before the next day's. */
export const requestsFor = (plan: BenchPlan): ReserveInput[] => {
  const perDay = plan.sessionsPerDay * plan.capacity;
  const days = Array.from({ length: Math.ceil(plan.bookings / perDay) }, (_, day) => sessionsOf(plan, day));
  return Array.from({ length: plan.bookings }, (_, i) => ({
    booking: {
      code: codeOf(i),
      officeId: plan.officeId,
      applicantKey: `APPLICANT ${i}|1987-01-25`,
      applicant: { name: `APPLICANT ${i}`, birthDate: '1987-01-25' },
      applicationType: 'regular',
      phone: `+62812${String(i).padStart(8, '0')}`,
      createdAt: BENCH_NOW,
    },
    candidates: days[Math.floor(i / perDay)]!,
    now: BENCH_NOW,
    activeFrom: activeFrom(BENCH_NOW),
    bindingSince: new Date(BENCH_NOW.getTime() - 90 * 86_400_000),
    message: {
      key: { channel: 'bench', sender: `+62812${String(i).padStart(8, '0')}`, messageId: `m${i}` },
      render: (booking) => ({ text: `Kode ${booking.code}`, outcome: { kind: 'help' } }),
    },
  }));
};
