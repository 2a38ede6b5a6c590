export type * from './booking-store';
export * from './clock';
export type * from './code-generator';
export type * from './message-transport';
