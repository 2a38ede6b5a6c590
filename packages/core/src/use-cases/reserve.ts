import { bookingInSlot } from '../allocation/booking-in-slot';
import { deadlineHolds } from '../expiry/active-from';
import type { ReserveInput, ReserveResult } from '../ports/booking-ledger';
import type { LedgerPrimitives } from '../ports/store-primitives';
import { ConcurrentChange } from '../ports/transactor';
import { checkNumberBinding } from '../rules/number-binding';
import { hasRoom } from './capacity';
import { expireBookings } from './expire-lapsed';

type Refusal = Exclude<ReserveResult, { type: 'Reserved' | 'DuplicateMessage' }>;

/**
 * A refusal is re-checked against the messages: a concurrent delivery of the same message may
 * have committed while this one waited on its locks, and it must be answered with that reply.
 */
const refuse = async (
  tx: LedgerPrimitives,
  input: ReserveInput,
  refusal: Refusal,
): Promise<ReserveResult> => {
  const late = input.message ? await tx.findReply(input.message.key) : undefined;
  return late ? { type: 'DuplicateMessage', reply: late } : refusal;
};

/**
 * The reservation, the seven steps of `BookingLedger.reserve` in their order, over a store's
 * primitives inside one transaction. The store's conditional take of a place is the only guard
 * against overbooking; a binding refused by a concurrent writer throws `ConcurrentChange`, and
 * the re-run reads the winner and answers from the core's own check.
 */
export const reserveOver = async (tx: LedgerPrimitives, input: ReserveInput): Promise<ReserveResult> => {
  const { booking: draft, now, message } = input;
  const facts = await tx.reserveFacts({
    ...(message ? { key: message.key } : {}),
    applicantKey: draft.applicantKey,
    phone: draft.phone,
    code: draft.code,
  });
  if (facts.reply) return { type: 'DuplicateMessage', reply: facts.reply };
  let existing = facts.active;
  if (existing && !deadlineHolds(existing.checkInDeadline, input.activeFrom)) {
    await expireBookings(tx, [existing.code], now);
    existing = undefined;
  }
  if (existing) return refuse(tx, input, { type: 'ApplicantHasBooking', existing });
  if (checkNumberBinding(facts.binding, draft.applicantKey, input.bindingSince).isErr())
    return refuse(tx, input, { type: 'NumberBound' });
  if (facts.codeTaken) return refuse(tx, input, { type: 'CodeTaken' });
  let slot: (typeof input.candidates)[number] | undefined;
  for (const candidate of input.candidates) {
    if (hasRoom(candidate) && (await tx.takePlace(draft.officeId, candidate))) {
      slot = candidate;
      break;
    }
  }
  if (!slot) return refuse(tx, input, { type: 'SessionsFull' });
  const booking = bookingInSlot(draft, slot, now);
  // Rendered before the booking is written; a throwing renderer rolls the place back with the transaction.
  const reply = message?.render(bookingInSlot(draft, slot, now));
  const bound = await tx.writeBooking({
    booking,
    binding: {
      phone: draft.phone,
      applicantKey: draft.applicantKey,
      at: now,
      replaceBefore: input.bindingSince,
    },
    ...(message && reply
      ? {
          reply: {
            key: message.key,
            reply,
            at: now,
            ...(message.delivery ? { delivery: message.delivery } : {}),
          },
        }
      : {}),
  });
  if (!bound) throw new ConcurrentChange('the number was bound to another applicant meanwhile');
  return reply ? { type: 'Reserved', booking, reply } : { type: 'Reserved', booking };
};
