/** The allocation module's names used elsewhere in the core or by the root entry; the rest stays inside. */

export type { SessionsFull } from './allocate-slot';
export { allocateSlot } from './allocate-slot';
export { bookingInSlot } from './booking-in-slot';
export { horizonDates, nextDatesWithRoom } from './next-dates-with-room';
export { isOpenOn, openSessionsOn, sessionsOn } from './sessions-on-date';
