export type * from './office-config';
