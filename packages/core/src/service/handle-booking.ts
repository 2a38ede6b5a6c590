import { err, ok, type ResultAsync, safeTry } from 'neverthrow';
import { horizonDates, nextDatesWithRoom } from '../allocation';
import { displayCode } from '../codes';
import type { Booking, SessionSlot } from '../domain/booking';
import type { E164, LocalDate } from '../domain/local-date';
import type { Rejection } from '../domain/rejection';
import { activeFrom } from '../expiry';
import type { BookingRequest } from '../grammar';
import type { NewBooking } from '../ports/booking-ledger';
import type { StoreError } from '../ports/store-error';
import { confirmedOutcome } from '../replies';
import { applicantKey, bindingSince, checkApplicationType, checkArrivalDate, checkBirthDate } from '../rules';
import {
  type Answer,
  freshAnswer,
  type MessageContext,
  messageToRecord,
  refuse,
  replayedAnswer,
  replyTo,
} from './answer';
import type { ServiceError } from './booking-service-types';
import { codeGeneratorFailed, drawCode, type FailedDraw, MAX_CODE_ATTEMPTS } from './draw-code';

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
 * then one atomic reservation in the store. An applicant who already holds a booking learns that
 * before any refusal about the arrival date, which would send them to try another date.
 */
export function handleBooking(
  context: MessageContext,
  request: BookingRequest,
  sender: E164,
): ResultAsync<Answer, ServiceError> {
  return safeTry(async function* () {
    const { office, store } = context.deps;
    const requestCheck = checkApplicationType(request.applicationType).andThen(() =>
      checkBirthDate(request.birthDate, context.today),
    );
    if (requestCheck.isErr()) return ok(yield* refuse(context, requestCheck.error));
    const applicant = { name: request.name, birthDate: request.birthDate };
    const key = applicantKey(applicant);
    const existing = yield* store.findActiveByApplicant(key, activeFrom(context.now));
    if (existing !== undefined) return ok(yield* refuse(context, alreadyBooked(existing, sender)));

    const arrival = checkArrivalDate(request.arrivalDate, context.now, office);
    if (arrival.isErr()) {
      const rejection = arrival.error;
      if (rejection.type !== 'OfficeClosed') return ok(yield* refuse(context, rejection));
      const dates = yield* nextDates(context, rejection.date);
      return ok(yield* refuse(context, { ...rejection, nextDates: dates }));
    }
    const booking: Omit<NewBooking, 'code'> = {
      officeId: office.id,
      applicantKey: key,
      applicant,
      applicationType: request.applicationType,
      phone: sender,
      createdAt: context.now,
    };
    return ok(yield* reserve(context, booking, arrival.value, request.arrivalDate));
  });
}

/** Reserves with a fresh code, drawing another when the draw fails or the store reports the code taken. */
function reserve(
  context: MessageContext,
  booking: Omit<NewBooking, 'code'>,
  candidates: readonly SessionSlot[],
  date: LocalDate,
): ResultAsync<Answer, ServiceError> {
  return safeTry(async function* () {
    const { office, store } = context.deps;
    const render = (made: Booking) => replyTo(context, confirmedOutcome(made, office));
    const failedDraws: FailedDraw[] = [];
    for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt++) {
      const code = drawCode(context.deps.generateCode);
      if (code.isErr()) {
        failedDraws.push(code.error);
        continue;
      }
      const result = yield* store.reserve({
        booking: { ...booking, code: code.value },
        candidates,
        now: context.now,
        activeFrom: activeFrom(context.now),
        bindingSince: bindingSince(context.now, office),
        message: messageToRecord(context, render),
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
    return err(codeGeneratorFailed(failedDraws));
  });
}
