/** The service module's names used elsewhere in the core or by the root entry; the rest stays inside. */
export { createBookingService } from './booking-service';
export type {
  BookingService,
  BookingServiceDeps,
  CheckInResult,
  CodeGeneratorFailed,
  DayListEntry,
  HandledMessage,
  InvalidDependency,
  ServiceError,
} from './booking-service-types';
export type { CheckInMarker, CounterCheckIn, CounterCheckInDeps } from './counter-check-in';
export { checkInAtCounter } from './counter-check-in';
export { readCounterCode } from './counter-code';
export { MAX_UNREAD_SENDER_LENGTH } from './reply-address';
