import {
  type ApplicationType,
  activeFrom,
  applicantKey,
  type BookingStore,
  bindingSince,
  CODE_ALPHABET,
  formatLocalTime,
  localDateOf,
  makeBookingCode,
  type OfficeConfig,
  parseOfficeConfig,
} from '@antrean/core';

/**
 * A fixed-offset zone in which `now` is around midday, so that a session an hour ahead falls on
 * the same local day (the check-in window never opens the evening before) whenever tests run.
 */
export const middayZone = (now: Date): string => {
  const offset = Math.max(-12, Math.min(14, 12 - now.getUTCHours()));
  if (offset === 0) return 'UTC';
  return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
};

/** A test office: one session every day (the seeded bookings bring their own times). */
export function testOffice(id: string, timeZone: string): OfficeConfig {
  const every = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const parsed = parseOfficeConfig({
    id,
    name: `Kantor ${id}`,
    timeZone,
    bookingHorizonDays: 30,
    arriveMinutesBefore: 30,
    sessions: [{ days: every, start: '08:00', end: '10:00', capacity: 1000 }],
  });
  if (parsed.isErr()) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

let drawn = 0;

/** A fresh valid booking code (canonical, 8 characters), distinct within the process. */
export function freshCode(): string {
  drawn += 1;
  let n = drawn + Math.floor(Math.random() * 1e6) * 1000;
  let body = '';
  for (let i = 0; i < 7; i++) {
    body += CODE_ALPHABET[n % CODE_ALPHABET.length];
    n = Math.floor(n / CODE_ALPHABET.length);
  }
  return makeBookingCode(body)._unsafeUnwrap();
}

/** What to seed. */
export interface SeedSpec {
  /** The session's start; the check-in deadline is 30 minutes before it. */
  readonly startsAt: Date;
  readonly applicationType?: ApplicationType;
}

/** Reserves one booking straight in the store (as the bot would) and returns its canonical code. */
export async function seedBooking(
  store: BookingStore,
  office: OfficeConfig,
  spec: SeedSpec,
): Promise<string> {
  const code = freshCode();
  const { startsAt } = spec;
  const date = localDateOf(startsAt, office.timeZone);
  const start = formatLocalTime(startsAt, office.timeZone);
  const slot = {
    slotId: `${date}@${start}`,
    date,
    start,
    end: '23:59',
    startsAt,
    checkInDeadline: new Date(startsAt.getTime() - office.arriveMinutesBefore * 60_000),
    capacity: 1000,
  };
  const createdAt = new Date(startsAt.getTime() - 3 * 3_600_000);
  const applicant = { name: `WARGA ${code}`, birthDate: '1990-01-01' };
  const result = await store.reserve({
    booking: {
      code,
      officeId: office.id,
      applicantKey: applicantKey(applicant),
      applicant,
      applicationType: spec.applicationType ?? 'new',
      phone: `+62812${String(drawn).padStart(8, '0')}`,
      createdAt,
    },
    candidates: [slot],
    now: createdAt,
    activeFrom: activeFrom(createdAt),
    bindingSince: bindingSince(createdAt, office),
  });
  if (result.isErr() || result.value.type !== 'Reserved')
    throw new Error(`seed failed: ${JSON.stringify(result)}`);
  return code;
}

/** Cancels a seeded booking as its applicant would. */
export async function cancelBooking(
  store: BookingStore,
  office: OfficeConfig,
  code: string,
  now: Date,
): Promise<void> {
  const found = (await store.findByCode(office.id, code))._unsafeUnwrap();
  if (!found) throw new Error('no such booking');
  const result = await store.cancel({
    officeId: office.id,
    code,
    phone: found.phone,
    now,
    activeFrom: activeFrom(now),
  });
  if (result.isErr() || result.value.type !== 'Cancelled')
    throw new Error(`cancel failed: ${JSON.stringify(result)}`);
}
