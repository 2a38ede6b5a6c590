import type { ResultAsync } from 'neverthrow';
import type { StoreError } from './store-error';
import type { LedgerPrimitives } from './store-primitives';

/** The core's use cases, by name: a store may route them differently (group commit, locks). */
export type UseCaseName =
  | 'reserve'
  | 'cancel'
  | 'recordReply'
  | 'markCheckedIn'
  | 'checkInWithTicket'
  | 'issueWalkIn'
  | 'callNext'
  | 'recall'
  | 'finishCall'
  | 'expireLapsed'
  | 'purge';

/** What a transaction is for: the use case, and the office its writes touch (absent: several or none). */
export interface TransactionScope {
  readonly useCase: UseCaseName;
  readonly officeId?: string;
}

/**
 * Thrown by a use case when a conditional write found that a concurrent writer won: the store
 * rolls the transaction back and runs the use case again on fresh rows.
 */
export class ConcurrentChange extends Error {
  override readonly name = 'ConcurrentChange';
}

/** True for the core's `ConcurrentChange`, whichever copy of the core threw it. */
export const isConcurrentChange = (error: unknown): boolean =>
  error instanceof ConcurrentChange || (error instanceof Error && error.name === 'ConcurrentChange');

/**
 * A store's transaction: runs `work` over the store's primitives atomically (all of its writes or
 * none), isolated from concurrent transactions in this and other processes. A `ConcurrentChange`
 * or the engine's own conflict (unique violation, deadlock, serialization failure) runs `work`
 * again; any other rejection rolls back and comes back as a `StoreError`.
 */
export interface Transactor {
  transact<T>(
    scope: TransactionScope,
    work: (tx: LedgerPrimitives) => Promise<T>,
  ): ResultAsync<T, StoreError>;
}
