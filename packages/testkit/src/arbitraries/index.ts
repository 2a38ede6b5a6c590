/** The arbitraries the testkit offers; `message-words` stays inside (the generators' own vocabulary). */
export { bookingCodeArb, codeBodyArb, codeCharArb, codeInputArb, codeSpellingArb } from './codes';
export { hostileFragmentArb, hostileMessageTextArb, hostileSenderArb } from './hostile-input';
export {
  INDONESIAN_TIME_ZONES,
  type InstantRange,
  indonesianTimeZoneArb,
  instantArb,
  type LocalDateRange,
  localDateArb,
  localTimeArb,
} from './instants';
export {
  applicantNameArb,
  type BookingRequestArbOptions,
  bookingMessageArb,
  bookingRequestArb,
  styledBookingMessageArb,
} from './messages';
export { type NearValidMessage, nearValidMessageArb, nearValidMessageCaseArb } from './near-valid-messages';
export {
  indonesianMobileArb,
  indonesianMobileFormsArb,
  officeConfigArb,
  sessionConfigArb,
  type WrittenMobile,
  weekdayArb,
} from './office';
export { hostileTextArb, type OutcomeArbOptions, outcomeArb, rejectionArb } from './outcomes';
