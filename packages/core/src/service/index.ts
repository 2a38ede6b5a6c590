export type * from './booking-service-types';
