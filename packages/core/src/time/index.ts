export * from './calendar-date';
export * from './local-time';
export * from './time-zone';
export * from './zoned-time';
