export type * from './dispatcher-types';
