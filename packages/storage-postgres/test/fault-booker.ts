import { randomBytes } from 'node:crypto';
import {
  activeFrom,
  CODE_ALPHABET,
  CODE_BODY_LENGTH,
  makeBookingCode,
  type SessionSlot,
} from '@antrean/core';
import { createPostgresStore, type PoolLike } from '@antrean/storage-postgres';

/** What one reservation of the fault tests came to. */
export type Attempt =
  | { readonly kind: 'confirmed'; readonly code: string }
  | { readonly kind: 'refused'; readonly type: string }
  | { readonly kind: 'failed'; readonly message: string };

const OFFICE = 'office-faults';
const NOW = new Date('2030-03-01T03:00:00Z');
const STARTS_AT = new Date('2030-03-04T08:00:00+07:00');
// Room for every reservation a test makes, so each one that reaches the database is confirmed.
const SESSION: SessionSlot = {
  slotId: '2030-03-04@08:00',
  date: '2030-03-04',
  start: '08:00',
  end: '10:00',
  startsAt: STARTS_AT,
  checkInDeadline: new Date(STARTS_AT.getTime() - 30 * 60_000),
  capacity: 1_000_000,
};

const random = (alphabet: string, length: number): string =>
  Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');

/**
 * The fault tests' only use of the store's API: open the store on `pool` and return a function
 * that reserves for a new applicant, number and code each time it is called.
 */
export const openBooker = async (pool: PoolLike, schema: string): Promise<() => Promise<Attempt>> => {
  const opened = await createPostgresStore(pool, { schema });
  if (opened.isErr()) throw new Error(opened.error.message);
  const store = opened.value;
  return async () => {
    const id = random('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 12);
    const code = makeBookingCode(random(CODE_ALPHABET, CODE_BODY_LENGTH))._unsafeUnwrap();
    const result = await store.reserve({
      booking: {
        code,
        officeId: OFFICE,
        applicantKey: `BUDI ${id}|1987-01-25`,
        applicant: { name: `BUDI ${id}`, birthDate: '1987-01-25' },
        applicationType: 'regular',
        phone: `+62812${random('0123456789', 8)}`,
        createdAt: NOW,
      },
      candidates: [SESSION],
      now: NOW,
      activeFrom: activeFrom(NOW),
      bindingSince: new Date(NOW.getTime() - 90 * 24 * 60 * 60_000),
    });
    if (result.isErr()) return { kind: 'failed', message: result.error.message };
    const outcome = result.value;
    if (outcome.type === 'Reserved') return { kind: 'confirmed', code: outcome.booking.code };
    return { kind: 'refused', type: outcome.type };
  };
};
