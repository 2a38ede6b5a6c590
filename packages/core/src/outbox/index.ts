export * from './dispatcher';
export type * from './dispatcher-types';
export { fitText, MAX_REPLY_LENGTH } from './fit-text';
export { retryDelay } from './retry-delay';
export { bucketIsFull, type TokenBucket, takeToken, tokenBucket, tokenReadyAt } from './token-bucket';
