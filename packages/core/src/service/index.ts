export * from './booking-service';
export type * from './booking-service-types';
export { MAX_CODE_ATTEMPTS } from './draw-code';
export { MAX_UNREAD_SENDER_LENGTH } from './reply-address';
