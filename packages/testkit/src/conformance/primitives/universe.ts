import { type Booking, bookingInSlot, type MessageKey, type SessionSlot } from '@antrean/core';
import { DAY, fixtures, later, NOW, slot } from '../fixtures';

/** How many calls of one kind a run may make: codes are drawn by position, so each gets its own. */
export const MAX_CALLS = 60;
/** The two dates of a run's sessions and tickets. */
export const DATES = [DAY, '2030-03-05'] as const;
const STARTS = ['08:00', '13:00'] as const;

/** The fixed ids one random run talks about: fresh per run, so runs never meet on a shared database. */
export interface Universe {
  readonly offices: readonly string[];
  /** The sessions (two dates, two starts) with capacity 1; commands set their own capacity. */
  readonly slots: readonly SessionSlot[];
  readonly applicants: readonly { readonly key: string; readonly applicant: Booking['applicant'] }[];
  readonly phones: readonly string[];
  readonly messages: readonly MessageKey[];
  /** Codes by position: a write at position i uses `codes[i]`; reads may name any of them. */
  readonly codes: readonly string[];
  /** Instants thresholds are drawn from: around the calls and around the sessions. */
  readonly instants: readonly Date[];
}

/** A new universe of fresh ids. */
export const universe = (): Universe => {
  const f = fixtures();
  const slots = DATES.flatMap((date) => STARTS.map((start) => slot(date, start, 1)));
  return {
    offices: [f.officeId, fixtures().officeId],
    slots,
    applicants: Array.from({ length: 4 }, () => {
      const { applicant, applicantKey: key } = f.applicant();
      return { key, applicant };
    }),
    phones: Array.from({ length: 3 }, () => f.phone()),
    messages: Array.from({ length: 4 }, () => f.messageKey()),
    codes: Array.from({ length: MAX_CALLS + 1 }, () => f.code()),
    instants: [
      later(NOW, -60 * 24),
      later(NOW, 5),
      later(NOW, 30),
      ...slots.flatMap((s) => [s.checkInDeadline, s.startsAt]),
      later(slots.at(-1)?.startsAt ?? NOW, 60 * 24),
    ],
  };
};

/** The instant of call `index` of a run: a minute apart, so stored times tell calls apart. */
export const callTime = (index: number): Date => later(NOW, index);

/** A booking of the universe's applicant and phone in the slot, as `reserve` would write it. */
export const bookingOf = (
  u: Universe,
  at: Date,
  pick: {
    readonly office: number;
    readonly slot: SessionSlot;
    readonly applicant: number;
    readonly phone: number;
    readonly code: string;
  },
): Booking => {
  const person = u.applicants[pick.applicant % u.applicants.length]!;
  const draft = {
    code: pick.code,
    officeId: u.offices[pick.office % u.offices.length]!,
    applicantKey: person.key,
    applicant: person.applicant,
    applicationType: 'regular' as const,
    phone: u.phones[pick.phone % u.phones.length]!,
    createdAt: at,
  };
  return bookingInSlot(draft, pick.slot, at);
};
