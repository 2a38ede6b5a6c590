import { okAsync, type ResultAsync } from 'neverthrow';
import { parseBookingCode } from '../codes';
import type { CheckInResult } from '../ports/booking-store';
import type { BookingService, BookingServiceDeps, ServiceError } from './booking-service-types';
import { handleMessage } from './handle-message';

/**
 * The booking service over its ports. It reads the time only from `deps.clock` and randomness only
 * from `deps.generateCode`; capacity and uniqueness are left to the store, which enforces them atomically.
 */
export function createBookingService(deps: BookingServiceDeps): BookingService {
  const language = deps.language ?? deps.office.language;
  return {
    handle: (message) => handleMessage(deps, language, message),
    checkIn: (code): ResultAsync<CheckInResult | { readonly type: 'InvalidCode' }, ServiceError> =>
      parseBookingCode(code).match(
        (canonical) => deps.store.checkIn(canonical, deps.clock.now()),
        () => okAsync({ type: 'InvalidCode' } as const),
      ),
    dayList: (date) => deps.store.listByDate(deps.office.id, date),
  };
}
