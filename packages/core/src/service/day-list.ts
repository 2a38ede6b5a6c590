import type { ResultAsync } from 'neverthrow';
import type { LocalDate } from '../domain/local-date';
import { codeState } from '../expiry';
import type { BookingServiceDeps, DayListEntry, ServiceError } from './booking-service-types';

/** The office's bookings on `date`, each with its state at the clock's now (a lapsed code shows `expired`). */
export function dayList(
  deps: BookingServiceDeps,
  date: LocalDate,
): ResultAsync<readonly DayListEntry[], ServiceError> {
  return deps.store.listByDate(deps.office.id, date).map((bookings) => {
    const now = deps.clock.now();
    return bookings.map((booking) => ({ booking, state: codeState(booking, now) }));
  });
}
