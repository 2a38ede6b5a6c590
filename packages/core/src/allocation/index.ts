export * from './allocate-slot';
export * from './booking-in-slot';
export * from './next-dates-with-room';
export * from './sessions-on-date';
