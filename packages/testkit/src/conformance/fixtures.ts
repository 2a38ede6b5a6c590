import {
  type Applicant,
  activeFrom,
  applicantKey,
  type CancelInput,
  CODE_ALPHABET,
  CODE_BODY_LENGTH,
  type MarkCheckedInInput,
  type MessageKey,
  makeBookingCode,
  type NewBooking,
  type ReserveInput,
  type SessionSlot,
} from '@antrean/core';

const MINUTE = 60_000;
const DAY_MS = 24 * 60 * MINUTE;

/** The session date most tests book on (a Monday, far enough ahead never to be "today"). */
export const DAY = '2030-03-04';
/** The instant most tests act at: days before `DAY`'s sessions. */
export const NOW = new Date('2030-03-01T03:00:00Z');

/** `minutes` after an instant. */
export const later = (instant: Date, minutes: number): Date => new Date(instant.getTime() + minutes * MINUTE);

/** One millisecond after an instant: the first moment past a deadline. */
export const justAfter = (instant: Date): Date => new Date(instant.getTime() + 1);

/** `days` before an instant. */
export const daysBefore = (instant: Date, days: number): Date => new Date(instant.getTime() - days * DAY_MS);

const randomFrom = (alphabet: string, length: number): string => {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
};

/** Unique ids for one test, so tests never collide even on a shared database. */
export interface Fixtures {
  readonly officeId: string;
  /** A valid booking code never returned before. */
  code(): string;
  /** An Indonesian mobile number in E.164 never returned before. */
  phone(): string;
  /** An applicant never returned before, with its key. */
  applicant(): { readonly applicant: Applicant; readonly applicantKey: string };
  /** A message id never returned before on channel `test`, from a fresh sender. */
  messageKey(): MessageKey;
}

/** Fresh random ids: crypto-random, so parallel test files cannot collide either. */
export const fixtures = (): Fixtures => {
  const used = new Set<string>();
  const unique = (make: () => string): string => {
    let value = make();
    while (used.has(value)) value = make();
    used.add(value);
    return value;
  };
  return {
    officeId: `office-${randomFrom('abcdefghijklmnopqrstuvwxyz0123456789', 12)}`,
    code: () => unique(() => makeBookingCode(randomFrom(CODE_ALPHABET, CODE_BODY_LENGTH))._unsafeUnwrap()),
    phone: () => unique(() => `+62812${randomFrom('0123456789', 8)}`),
    applicant: () => {
      const name = unique(() => `BUDI ${randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 10)}`);
      const applicant: Applicant = { name, birthDate: '1987-01-25' };
      return { applicant, applicantKey: applicantKey(applicant) };
    },
    messageKey: () => ({
      channel: 'test',
      sender: unique(() => `+62813${randomFrom('0123456789', 8)}`),
      messageId: unique(() => `msg-${randomFrom('0123456789abcdef', 16)}`),
    }),
  };
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** A session on `date` starting at `start` (WIB, UTC+7), two hours long, deadline 30 minutes before. */
export const slot = (date: string, start: string, capacity: number): SessionSlot => {
  const [hours = 0, minutes = 0] = start.split(':').map(Number);
  const startsAt = new Date(`${date}T${pad(hours)}:${pad(minutes)}:00+07:00`);
  return {
    slotId: `${date}@${start}`,
    date,
    start,
    end: `${pad((hours + 2) % 24)}:${pad(minutes)}`,
    startsAt,
    checkInDeadline: later(startsAt, -30),
    capacity,
  };
};

/** A new booking for a fresh applicant, phone and code; `overrides` replace any field. */
export const newBooking = (f: Fixtures, overrides: Partial<NewBooking> = {}): NewBooking => {
  const { applicant, applicantKey: key } = f.applicant();
  return {
    code: f.code(),
    officeId: f.officeId,
    applicantKey: key,
    applicant,
    applicationType: 'regular',
    phone: f.phone(),
    createdAt: NOW,
    ...overrides,
  };
};

/** A reservation request; by default at `NOW` (lapse threshold `activeFrom(now)`), bindings of the last 90 days count, no message. */
export const reserveInput = (
  booking: NewBooking,
  candidates: readonly SessionSlot[],
  extra: Partial<Omit<ReserveInput, 'booking' | 'candidates'>> = {},
): ReserveInput => {
  const now = extra.now ?? NOW;
  return {
    booking: { ...booking, createdAt: now },
    candidates,
    now,
    activeFrom: activeFrom(now),
    bindingSince: daysBefore(now, 90),
    ...extra,
  };
};

/** What is needed to name a booking to the store: its office and code (a draft or a booking). */
export type BookingRef = { readonly officeId: string; readonly code: string };

/** A cancel of `booking` from its own phone at `now` (lapse threshold `activeFrom(now)`); `extra` replaces any field. */
export const cancelInput = (
  booking: BookingRef & { readonly phone: string },
  now: Date = NOW,
  extra: Partial<CancelInput> = {},
): CancelInput => ({
  officeId: booking.officeId,
  code: booking.code,
  phone: booking.phone,
  now,
  activeFrom: activeFrom(now),
  ...extra,
});

/** A counter check-in of `booking` at `at` (lapse threshold `activeFrom(at)`); `extra` replaces any field. */
export const markInput = (
  booking: BookingRef,
  at: Date = NOW,
  extra: Partial<MarkCheckedInInput> = {},
): MarkCheckedInInput => ({
  officeId: booking.officeId,
  code: booking.code,
  at,
  activeFrom: activeFrom(at),
  ...extra,
});

export { confirmation, helpReply } from './fixture-replies';
