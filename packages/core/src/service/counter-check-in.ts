import { okAsync, type ResultAsync } from 'neverthrow';
import type { Booking } from '../domain/booking';
import { activeFrom, checkInVerdict } from '../expiry';
import type { OfficeConfig } from '../office/office-config';
import type { BookingLedger } from '../ports/booking-ledger';
import type { MarkCheckedInInput, MarkCheckedInResult } from '../ports/check-in-desk';
import type { Clock } from '../ports/clock';
import type { StoreError } from '../ports/store-error';
import type { CheckInResult } from './booking-service-types';
import { readCounterCode } from './counter-code';

/**
 * How a check-in the core judged open is written: `markCheckedIn` alone (the terminal bot), or
 * `checkInWithTicket` (the desk, which also issues the queue number). Either re-checks state and
 * deadline atomically; what it adds to its result (a ticket) comes back to the caller.
 */
export type CheckInMarker<M extends MarkCheckedInResult> = (
  input: MarkCheckedInInput,
) => ResultAsync<M, StoreError>;

/** What a counter check-in reads: the office, its clock and the look-up of a code at this office. */
export interface CounterCheckInDeps {
  readonly office: OfficeConfig;
  readonly clock: Clock;
  readonly store: Pick<BookingLedger, 'findByCode'>;
}

/** What the marker's refusal carries besides the booking (the desk's: the ticket it already got). */
type UnchangedExtras<M> = Partial<Omit<Extract<M, { readonly type: 'Unchanged' }>, 'type' | 'booking'>>;

/**
 * How a counter check-in ended: the marker's `CheckedIn` as it came (with its ticket, if any), or
 * a refusal; `AlreadyCheckedIn` keeps what a refused write found (its ticket) when there is one.
 */
export type CounterCheckIn<M extends MarkCheckedInResult> =
  | Extract<M, { readonly type: 'CheckedIn' }>
  | Exclude<CheckInResult, { readonly type: 'CheckedIn' | 'AlreadyCheckedIn' }>
  | ({ readonly type: 'AlreadyCheckedIn'; readonly booking: Booking } & UnchangedExtras<M>);

type Refusal = Exclude<CheckInResult, { readonly type: 'CheckedIn' | 'InvalidCode' | 'NotFound' }>;

/** Why `booking` cannot be checked in at `now`, by the core's window and state rules; undefined when it can. */
function refusalOf(booking: Booking, now: Date, office: OfficeConfig): Refusal | undefined {
  const verdict = checkInVerdict(booking, now, office);
  switch (verdict.type) {
    case 'TooEarly':
      return { type: 'TooEarly', booking, opensAt: verdict.opensAt };
    case 'Cancelled':
    case 'AlreadyCheckedIn':
    case 'Expired':
      return { type: verdict.type, booking };
    case 'Open':
      return undefined;
  }
}

/** A refused write judged again on the booking as stored (gone: purged meanwhile). */
function markedResult<M extends MarkCheckedInResult>(
  result: M,
  now: Date,
  office: OfficeConfig,
): CounterCheckIn<M> {
  if (result.type === 'CheckedIn') return result as Extract<M, { readonly type: 'CheckedIn' }>;
  const { type: _type, booking, ...extras } = result;
  if (booking === undefined) return { type: 'NotFound' };
  // Still open by the core's rules yet refused: the store saw its deadline pass (`activeFrom`).
  const refusal = refusalOf(booking, now, office) ?? { type: 'Expired', booking };
  return refusal.type === 'AlreadyCheckedIn' ? { ...(extras as UnchangedExtras<M>), ...refusal } : refusal;
}

/**
 * The counter's check-in, one use case for the desk and the terminal bot: the code is read as
 * people type it, looked up at this office only, judged by the core's window and state rules at
 * the clock's now, then written by `mark`, which re-checks state and deadline atomically.
 */
export function checkInAtCounter<M extends MarkCheckedInResult>(
  deps: CounterCheckInDeps,
  input: unknown,
  mark: CheckInMarker<M>,
): ResultAsync<CounterCheckIn<M>, StoreError> {
  const code = readCounterCode(input);
  if (code === undefined) return okAsync({ type: 'InvalidCode' });
  const { office, store, clock } = deps;
  return store.findByCode(office.id, code).andThen((booking): ResultAsync<CounterCheckIn<M>, StoreError> => {
    if (booking === undefined) return okAsync({ type: 'NotFound' });
    const now = clock.now();
    const refusal = refusalOf(booking, now, office);
    if (refusal !== undefined) return okAsync(refusal);
    return mark({ officeId: office.id, code, at: now, activeFrom: activeFrom(now) }).map((result) =>
      markedResult(result, now, office),
    );
  });
}
