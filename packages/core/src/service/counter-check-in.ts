import { okAsync, type ResultAsync } from 'neverthrow';
import { parseBookingCode } from '../codes';
import { activeFrom, checkInVerdict } from '../expiry';
import type { OfficeConfig } from '../office/office-config';
import type { MarkCheckedInResult } from '../ports/check-in-desk';
import type { BookingServiceDeps, CheckInResult, ServiceError } from './booking-service-types';

/** Spaces people type inside a code at the counter (`QA6Y AU5H`). */
const INNER_SPACES = /\s+/gu;

/**
 * What a refused `markCheckedIn` means: the booking changed or lapsed between the look-up and the
 * write (judged again as stored), or it is gone (purged meanwhile).
 */
function markedResult(result: MarkCheckedInResult, now: Date, office: OfficeConfig): CheckInResult {
  if (result.type === 'CheckedIn') return result;
  const { booking } = result;
  if (booking === undefined) return { type: 'NotFound' };
  const verdict = checkInVerdict(booking, now, office);
  switch (verdict.type) {
    case 'Cancelled':
    case 'AlreadyCheckedIn':
      return { type: verdict.type, booking };
    default:
      return { type: 'Expired', booking };
  }
}

/**
 * The counter's check-in at this office: the code is read as people type it, looked up at this
 * office only, judged by the core's window and state rules at the clock's now, then marked in the
 * store, which re-checks state and deadline atomically.
 */
export function counterCheckIn(
  deps: BookingServiceDeps,
  input: string,
): ResultAsync<CheckInResult, ServiceError> {
  const code = parseBookingCode(typeof input === 'string' ? input.replace(INNER_SPACES, '') : '');
  if (code.isErr()) return okAsync({ type: 'InvalidCode' });
  const { office, store, clock } = deps;
  return store
    .findByCode(office.id, code.value)
    .andThen((booking): ResultAsync<CheckInResult, ServiceError> => {
      if (booking === undefined) return okAsync({ type: 'NotFound' });
      const now = clock.now();
      const verdict = checkInVerdict(booking, now, office);
      switch (verdict.type) {
        case 'TooEarly':
          return okAsync({ type: 'TooEarly', booking, opensAt: verdict.opensAt });
        case 'Cancelled':
        case 'AlreadyCheckedIn':
        case 'Expired':
          return okAsync({ type: verdict.type, booking });
        case 'Open':
          return store
            .markCheckedIn({ officeId: office.id, code: code.value, at: now, activeFrom: activeFrom(now) })
            .map((result) => markedResult(result, now, office));
      }
    });
}
