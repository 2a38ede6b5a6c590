import type { Result } from 'neverthrow';
import type { BookingService, BookingServiceDeps, InvalidDependency } from './booking-service-types';
import { checkInAtCounter } from './counter-check-in';
import { dayList } from './day-list';
import { handleMessage } from './handle-message';
import { validateDeps } from './validate-deps';

/**
 * The booking service over its ports, or the dependency that is unusable. It reads the time only
 * from `deps.clock` and randomness only from `deps.generateCode`; capacity and uniqueness are left
 * to the store, which enforces them atomically.
 */
export function createBookingService(deps: BookingServiceDeps): Result<BookingService, InvalidDependency> {
  return validateDeps(deps).map((checked) => {
    const language = checked.language ?? checked.office.language;
    return {
      handle: (message) => handleMessage(checked, language, message),
      checkIn: (code) => checkInAtCounter(checked, code, (input) => checked.store.markCheckedIn(input)),
      dayList: (date) => dayList(checked, date),
    };
  });
}
