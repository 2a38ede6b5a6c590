export * from './application-type';
export type * from './booking';
export type * from './local-date';
export type * from './outcome';
export type * from './rejection';
