export * from './booking-service';
export type * from './booking-service-types';
export { MAX_CODE_ATTEMPTS } from './handle-booking';
