/** The rules module's names used elsewhere in the core or by the root entry; the rest stays inside. */
export { applicantKey } from './applicant-key';
export { lastBookableDate } from './booking-horizon';
export { checkApplicationType } from './check-application-type';
export { checkArrivalDate } from './check-arrival-date';
export { checkBirthDate, MAX_AGE_YEARS } from './check-birth-date';
export { normalizeSender } from './normalize-sender';
export type { NumberBinding } from './number-binding';
export { bindingSince, checkNumberBinding } from './number-binding';
