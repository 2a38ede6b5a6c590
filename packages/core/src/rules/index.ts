export * from './applicant-key';
export * from './check-application-type';
export * from './check-arrival-date';
export * from './check-birth-date';
export * from './normalize-sender';
export * from './number-binding';
