import { err, ok, Result, type ResultAsync, safeTry } from 'neverthrow';
import { horizonDates, nextDatesWithRoom } from '../allocation';
import { displayCode, makeBookingCode } from '../codes';
import type { Booking, SessionSlot } from '../domain/booking';
import type { E164, LocalDate } from '../domain/local-date';
import type { Rejection } from '../domain/rejection';
import type { BookingRequest } from '../grammar';
import type { NewBooking, StoreError } from '../ports/booking-store';
import type { CodeGenerator } from '../ports/code-generator';
import { confirmedOutcome } from '../replies';
import { applicantKey, bindingSince, checkApplicationType, checkArrivalDate, checkBirthDate } from '../rules';
import { type Answer, freshAnswer, type MessageContext, refuse, replayedAnswer, replyTo } from './answer';

/** A fresh code is drawn this many times before a run of collisions is treated as a fault. */
export const MAX_CODE_ATTEMPTS = 5;

/** Up to 3 dates after `after` that still have room: what FullyBooked and OfficeClosed offer. */
function nextDates(context: MessageContext, after: LocalDate): ResultAsync<readonly LocalDate[], StoreError> {
  const { office, store } = context.deps;
  return store
    .countBySlot(office.id, horizonDates(office, context.now))
    .map((counts) => nextDatesWithRoom(office, after, context.now, counts));
}

/** The existing booking's code is told only to the number that made it: a name and birth date are no secret. */
function alreadyBooked(existing: Booking, sender: E164): Rejection {
  return existing.phone === sender
    ? { type: 'AlreadyBooked', code: displayCode(existing.code) }
    : { type: 'AlreadyBooked' };
}

/**
 * A booking request from `sender` (already normalized): the rules in their documented order,
 * then one atomic reservation in the store. Only store failures are errors.
 */
export function handleBooking(
  context: MessageContext,
  request: BookingRequest,
  sender: E164,
): ResultAsync<Answer, StoreError> {
  return safeTry(async function* () {
    const { office, store } = context.deps;
    const checked = checkApplicationType(request.applicationType)
      .andThen(() => checkBirthDate(request.birthDate, context.today))
      .andThen(() => checkArrivalDate(request.arrivalDate, context.now, office));
    if (checked.isErr()) {
      const rejection = checked.error;
      if (rejection.type !== 'OfficeClosed') return ok(yield* refuse(context, rejection));
      const dates = yield* nextDates(context, rejection.date);
      return ok(yield* refuse(context, { ...rejection, nextDates: dates }));
    }
    const applicant = { name: request.name, birthDate: request.birthDate };
    const key = applicantKey(applicant);
    const existing = yield* store.findActiveByApplicant(key, context.now);
    if (existing !== undefined) return ok(yield* refuse(context, alreadyBooked(existing, sender)));

    const booking: Omit<NewBooking, 'code'> = {
      officeId: office.id,
      applicantKey: key,
      applicant,
      applicationType: request.applicationType,
      phone: sender,
      createdAt: context.now,
    };
    return ok(yield* reserve(context, booking, checked.value, request.arrivalDate));
  });
}

/** A code from the generator port; a generator that throws or returns junk counts as a failed draw. */
function drawCode(generateCode: CodeGenerator): Result<string, undefined> {
  return Result.fromThrowable(generateCode, () => undefined)().andThen((body) =>
    makeBookingCode(body).mapErr(() => undefined),
  );
}

/** Reserves with a fresh code, drawing another when the store reports the code taken. */
function reserve(
  context: MessageContext,
  booking: Omit<NewBooking, 'code'>,
  candidates: readonly SessionSlot[],
  date: LocalDate,
): ResultAsync<Answer, StoreError> {
  return safeTry(async function* () {
    const { office, store } = context.deps;
    const render = (made: Booking) => replyTo(context, confirmedOutcome(made, office));
    for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt++) {
      const code = drawCode(context.deps.generateCode);
      if (code.isErr()) continue;
      const result = yield* store.reserve({
        booking: { ...booking, code: code.value },
        candidates,
        now: context.now,
        bindingSince: bindingSince(context.now, office),
        message: { key: context.key, render },
      });
      switch (result.type) {
        case 'CodeTaken':
          continue;
        case 'Reserved':
          return ok(freshAnswer(result.reply ?? render(result.booking)));
        case 'DuplicateMessage':
          return ok(replayedAnswer(result.reply));
        case 'ApplicantHasBooking':
          return ok(yield* refuse(context, alreadyBooked(result.existing, booking.phone)));
        case 'NumberBound':
          return ok(yield* refuse(context, { type: 'NotPersonalNumber', problem: 'boundToOther' }));
        case 'SessionsFull': {
          const dates = yield* nextDates(context, date);
          return ok(yield* refuse(context, { type: 'FullyBooked', date, nextDates: dates }));
        }
      }
    }
    return err<never, StoreError>({
      type: 'StoreUnavailable',
      message: `no usable booking code after ${MAX_CODE_ATTEMPTS} attempts (code generator or store)`,
    });
  });
}
