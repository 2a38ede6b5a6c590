import type { BookingStore, StoreError } from '@antrean/core';
import { errAsync } from 'neverthrow';

type Break = (inner: BookingStore) => BookingStore;

/** True when a NUL is anywhere in `value`'s strings (the arguments of a store call). */
const holdsNul = (value: unknown): boolean => JSON.stringify(value ?? null).includes('\\u0000');

/** A driver's refusal, as a store without a guard lets it escape. */
const refusal = () => new Error('invalid byte sequence for encoding "UTF8": 0x00');

/** Throws from its writes when they are given a NUL: as a store that lets its driver's exception out. */
export const throwsOnNul: Break = (inner) => ({
  ...inner,
  recordReply: (...args) => {
    if (holdsNul(args)) throw refusal();
    return inner.recordReply(...args);
  },
  markSent: (input) => {
    if (holdsNul(input)) throw refusal();
    return inner.markSent(input);
  },
  markFailed: (input) => {
    if (holdsNul(input)) throw refusal();
    return inner.markFailed(input);
  },
  postpone: (input) => {
    if (holdsNul(input)) throw refusal();
    return inner.postpone(input);
  },
});

const failed: StoreError = { type: 'StoreUnavailable', message: 'reply text refused' };

/**
 * Writes the booking, then fails on a NUL anywhere in the request while recording its message:
 * two statements outside one transaction, the booking left behind.
 */
export const booksThenFailsOnNul: Break = (inner) => ({
  ...inner,
  reserve: (input) => {
    if (!holdsNul(input)) return inner.reserve(input);
    const { message: _message, ...plain } = input;
    return inner.reserve(plain).andThen(() => errAsync(failed));
  },
});
