/**
 * The model the concurrency property compares a store with: the bookings the store confirmed,
 * and `allocateSlot`, the rule every store must apply. Calls run concurrently within a batch, so
 * the model cannot know their order; it checks each answer against the bounds that hold in every
 * order (places held at the batch start, minus the batch's cancels, plus its reservations).
 */
import {
  allocateSlot,
  type Booking,
  type CancelResult,
  type MarkCheckedInResult,
  type ReserveResult,
  type SessionSlot,
  type SlotCounts,
} from '@antrean/core';

/** A booking as the model knows it. */
export interface ModelBooking {
  readonly code: string;
  readonly slotId: string;
  readonly applicantKey: string;
  readonly phone: string;
  readonly deadline: number;
  status: 'active' | 'checked_in' | 'cancelled';
}

/** One call of a batch, with the store's answer. */
export type DoneCall =
  | {
      kind: 'reserve';
      applicantKey: string;
      phone: string;
      code: string;
      candidates: readonly SessionSlot[];
      result: ReserveResult;
    }
  | { kind: 'cancel'; code: string; rightPhone: boolean; result: CancelResult }
  | { kind: 'checkIn'; code: string; result: MarkCheckedInResult };

/** Places held per slot id in the model (active and checked-in bookings). */
export const modelCounts = (bookings: ReadonlyMap<string, ModelBooking>): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const b of bookings.values()) {
    if (b.status !== 'cancelled') counts.set(b.slotId, (counts.get(b.slotId) ?? 0) + 1);
  }
  return counts;
};

/** The applicant's active booking not past its deadline at `now`, in the model. */
export const modelActive = (
  bookings: ReadonlyMap<string, ModelBooking>,
  key: string,
  now: number,
): string | undefined =>
  [...bookings.values()].find((b) => b.applicantKey === key && b.status === 'active' && b.deadline >= now)
    ?.code;

const shift = (base: SlotCounts, delta: ReadonlyMap<string, number>, sign: 1 | -1): Map<string, number> => {
  const out = new Map(base);
  for (const [slotId, n] of delta) out.set(slotId, (out.get(slotId) ?? 0) + sign * n);
  return out;
};

const tally = (slotIds: readonly string[]): Map<string, number> => {
  const out = new Map<string, number>();
  for (const id of slotIds) out.set(id, (out.get(id) ?? 0) + 1);
  return out;
};

const bookingOf = (result: CancelResult | MarkCheckedInResult): Booking | undefined =>
  'booking' in result ? result.booking : undefined;

const indexOf = (candidates: readonly SessionSlot[], counts: SlotCounts): number =>
  allocateSlot(candidates, counts).match(
    (slot) => candidates.indexOf(slot),
    () => candidates.length,
  );

/** Every answer of the batch that no order of its calls could have produced, described. */
export const batchProblems = (
  bookings: ReadonlyMap<string, ModelBooking>,
  now: number,
  calls: readonly DoneCall[],
): string[] => {
  const problems: string[] = [];
  const start = modelCounts(bookings);
  const placed = calls.flatMap((c) =>
    c.kind === 'reserve' && c.result.type === 'Reserved' ? [c.result.booking.slotId] : [],
  );
  const freed = calls.flatMap((c) =>
    c.kind === 'cancel' && c.result.type === 'Cancelled' ? [c.result.booking.slotId] : [],
  );
  const won = (code: string) =>
    calls.filter((c) => c.code === code && (c.result.type === 'Cancelled' || c.result.type === 'CheckedIn'))
      .length;
  const contested = (code: string) =>
    calls.filter((c) => c.code === code && (c.kind === 'checkIn' || (c.kind === 'cancel' && c.rightPhone)))
      .length > 1;
  const lower = shift(start, tally(freed), -1);
  const upper = shift(start, tally(placed), 1);
  for (const call of calls) {
    const say = (what: string) =>
      problems.push(`${call.kind} ${call.code}: ${what}, got ${JSON.stringify(call.result)}`);
    if (call.kind === 'reserve') {
      const open = modelActive(bookings, call.applicantKey, now);
      const blocked = open !== undefined && won(open) === 0;
      const { result, candidates } = call;
      if (result.type === 'Reserved') {
        const b = result.booking;
        const at = candidates.findIndex((c) => c.slotId === b.slotId);
        if (blocked) say('applicant already had a booking');
        if (b.code !== call.code || b.applicantKey !== call.applicantKey || b.phone !== call.phone)
          say('wrong fields');
        if (at < 0) say('placed outside the candidates');
        const upperOthers = shift(upper, new Map([[b.slotId, 1]]), -1);
        if (indexOf(candidates, lower) > at || indexOf(candidates, upperOthers) < at)
          say('not the first session with room');
      } else if (result.type === 'SessionsFull') {
        if (blocked) say('expected ApplicantHasBooking');
        if (indexOf(candidates, upper) < candidates.length) say('a session had room in every order');
      } else if (result.type === 'ApplicantHasBooking') {
        const mine = calls.some(
          (c) => c.kind === 'reserve' && c.applicantKey === call.applicantKey && c.result.type === 'Reserved',
        );
        if (result.existing.code !== open && !mine) say('no booking to point to');
      } else say('unexpected answer');
    } else {
      const known = bookings.get(call.code);
      const open = known !== undefined && known.status === 'active' && known.deadline >= now;
      const { type } = call.result;
      const refusal = call.kind === 'cancel' ? 'NotFound' : 'Unchanged';
      if (call.kind === 'cancel' && !call.rightPhone) {
        if (type !== 'NotFound' || bookingOf(call.result) !== undefined)
          say('another number must get a bare NotFound');
      } else if (type === 'Cancelled' || type === 'CheckedIn') {
        if (!open) say('was not open at the batch start');
      } else if (!known) {
        if (type !== refusal || bookingOf(call.result) !== undefined)
          say(`an unknown code must get a bare ${refusal}`);
      } else if (open && !contested(call.code)) say('an open booking was refused');
      else if (type !== refusal || bookingOf(call.result)?.code !== call.code)
        say(`expected ${refusal} with the booking`);
      if (won(call.code) > 1) say('cancelled or checked in twice');
    }
  }
  const perApplicant = tally(
    calls.flatMap((c) => (c.kind === 'reserve' && c.result.type === 'Reserved' ? [c.applicantKey] : [])),
  );
  for (const [key, n] of perApplicant) if (n > 1) problems.push(`${key} reserved ${n} times in one batch`);
  return problems;
};

/** Apply the store's confirmed changes of a batch to the model. */
export const applyBatch = (bookings: Map<string, ModelBooking>, calls: readonly DoneCall[]): void => {
  for (const call of calls) {
    const { result } = call;
    if (result.type === 'Reserved') {
      const b = result.booking;
      const { code, slotId, applicantKey, phone } = b;
      bookings.set(code, {
        code,
        slotId,
        applicantKey,
        phone,
        deadline: b.checkInDeadline.getTime(),
        status: 'active',
      });
    }
    const known = bookings.get(call.code);
    if (known && result.type === 'Cancelled') known.status = 'cancelled';
    if (known && result.type === 'CheckedIn') known.status = 'checked_in';
  }
};
