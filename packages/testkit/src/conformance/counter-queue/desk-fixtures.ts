import {
  type BookingStore,
  type CallNextInput,
  type CounterActionInput,
  defaultTicketSeries,
  type QueueTicket,
  type SessionSlot,
  type TicketCheckInInput,
  WALK_IN_SERIES,
  type WalkInInput,
} from '@antrean/core';
import { type BookingRef, DAY, type Fixtures, markInput, NOW, newBooking, reserveInput } from '../fixtures';
import { as, settled } from '../support';

/** The officer every desk call in the suite is made by. */
export const OFFICER = 'siti';

/** A desk check-in of `booking` at `at`, series by application type (core `defaultTicketSeries`). */
export const ticketCheckIn = (
  booking: BookingRef,
  at: Date = NOW,
  extra: Partial<TicketCheckInInput> = {},
): TicketCheckInInput => ({
  ...markInput(booking, at),
  seriesFor: (b) => defaultTicketSeries(b.applicationType),
  officer: OFFICER,
  ...extra,
});

/** A walk-in of the office on `DAY` in series `W`; `extra` replaces any field. */
export const walkIn = (officeId: string, extra: Partial<WalkInInput> = {}): WalkInInput => ({
  officeId,
  date: DAY,
  series: WALK_IN_SERIES,
  reason: 'paspor hilang',
  at: NOW,
  officer: OFFICER,
  ...extra,
});

/** An action of counter `counter` of the office on `DAY`; `extra` replaces any field. */
export const atCounter = (
  officeId: string,
  counter: string,
  extra: Partial<CounterActionInput> = {},
): CounterActionInput => ({ officeId, date: DAY, counter, at: NOW, officer: OFFICER, ...extra });

/** A call of the next ticket at `counter`, one walk-in after every `walkInEvery` bookings. */
export const callAt = (
  officeId: string,
  counter: string,
  walkInEvery = 3,
  extra: Partial<CallNextInput> = {},
): CallNextInput => ({ ...atCounter(officeId, counter), walkInEvery, ...extra });

/** Book a fresh applicant of `f`'s office into `session` and check them in: their ticket. */
export const checkedIn = async (
  store: BookingStore,
  f: Fixtures,
  session: SessionSlot,
  applicationType: 'new' | 'replacement' = 'new',
  at: Date = NOW,
): Promise<QueueTicket> => {
  const draft = newBooking(f, { applicationType });
  as(await settled(store.reserve(reserveInput(draft, [session]))), 'Reserved');
  return as(await settled(store.checkInWithTicket(ticketCheckIn(draft, at))), 'CheckedIn').ticket;
};

/** The sequences of tickets, ascending. */
export const sequences = (tickets: readonly QueueTicket[]): number[] =>
  tickets.map((t) => t.sequence).sort((a, b) => a - b);

/** 1, 2, … n. */
export const oneTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);
