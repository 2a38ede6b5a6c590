import type { BookingStore, MessageKey } from '@antrean/core';
import { memoryTablesOf } from '@antrean/storage-memory';

type Break = (inner: BookingStore) => BookingStore;

/** The office a code was booked at, read from the rows: what a store ignoring the office would act on. */
const ownOffice = (inner: BookingStore, code: string, asked: string): string =>
  memoryTablesOf(inner)?.bookings.get(code)?.officeId ?? asked;

/** Finds, cancels and checks in any office's code: the office scope issue 6 found missing. */
export const ignoresOffice: Break = (inner) => ({
  ...inner,
  findByCode: (officeId, code) => inner.findByCode(ownOffice(inner, code, officeId), code),
  cancel: (input) => inner.cancel({ ...input, officeId: ownOffice(inner, input.code, input.officeId) }),
  markCheckedIn: (input) =>
    inner.markCheckedIn({ ...input, officeId: ownOffice(inner, input.code, input.officeId) }),
});

const withoutSender = (key: MessageKey): MessageKey => ({ ...key, sender: '' });

/** Keys messages by channel and id only: another sender's message with the same id is a "duplicate". */
export const forgetsSender: Break = (inner) => ({
  ...inner,
  findReply: (key) => inner.findReply(withoutSender(key)),
  recordReply: (key, reply, at) => inner.recordReply(withoutSender(key), reply, at),
  reserve: (input) =>
    inner.reserve(
      input.message
        ? { ...input, message: { ...input.message, key: withoutSender(input.message.key) } }
        : input,
    ),
  cancel: (input) =>
    inner.cancel(
      input.message
        ? { ...input, message: { ...input.message, key: withoutSender(input.message.key) } }
        : input,
    ),
});

const plusOne = (instant: Date): Date => new Date(instant.getTime() + 1);

/** Writes the deadline rule again, wrongly: a code lapses at its deadline instead of just after it. */
export const lapsesAtDeadline: Break = (inner) => ({
  ...inner,
  findActiveByApplicant: (key, activeFrom) => inner.findActiveByApplicant(key, plusOne(activeFrom)),
  cancel: (input) => inner.cancel({ ...input, activeFrom: plusOne(input.activeFrom) }),
  markCheckedIn: (input) => inner.markCheckedIn({ ...input, activeFrom: plusOne(input.activeFrom) }),
  reserve: (input) => inner.reserve({ ...input, activeFrom: plusOne(input.activeFrom) }),
});

/** Writes the binding rule again, wrongly: a binding made exactly at `bindingSince` no longer counts. */
export const bindingSinceExclusive: Break = (inner) => ({
  ...inner,
  reserve: (input) => inner.reserve({ ...input, bindingSince: plusOne(input.bindingSince) }),
});
