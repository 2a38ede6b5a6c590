import {
  isConcurrentChange,
  type LedgerPrimitives,
  type StoreError,
  type TransactionScope,
} from '@antrean/core';
import { err, ok, type Result, ResultAsync } from 'neverthrow';
import { memoryPrimitives } from './memory-primitives';
import type { MemoryState } from './memory-tables';
import { rollBack, type UndoLog } from './undo-log';

/** How many times a use case that lost a race runs before the store gives up. */
const MAX_ATTEMPTS = 8;

const reasonOf = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause));

/** A `StoreUnavailable` error for an operation that failed or met a closed store. */
export const unavailable = (message: string, cause?: unknown): StoreError =>
  cause === undefined ? { type: 'StoreUnavailable', message } : { type: 'StoreUnavailable', message, cause };

/** The memory store's two ways in: a transaction over its primitives, and a plain synchronous operation. */
export interface MemoryRunner {
  transact<T>(
    scope: TransactionScope,
    work: (tx: LedgerPrimitives) => Promise<T>,
  ): ResultAsync<T, StoreError>;
  run<T>(operation: string, work: () => T): ResultAsync<T, StoreError>;
}

/**
 * Everything the store does runs through one promise chain, one job at a time, so no caller sees
 * a transaction's writes before it ends (or after it is rolled back). A transaction's writes are
 * undone in reverse when its work rejects; a `ConcurrentChange` then runs it again.
 */
export const memoryRunner = (state: MemoryState, isClosed: () => boolean): MemoryRunner => {
  let tail: Promise<unknown> = Promise.resolve();
  // One primitives object and one undo log for the store: transactions never overlap, so the log
  // holds only the running one's steps (emptied when it commits or rolls back).
  const undo: UndoLog = [];
  const tx = memoryPrimitives(state, undo);
  const serially = <T>(operation: string, job: () => Promise<Result<T, StoreError>>) => {
    const guarded = () =>
      isClosed() ? Promise.resolve(err(unavailable(`memory store is closed (${operation})`))) : job();
    const next = tail.then(guarded, guarded);
    tail = next;
    return new ResultAsync(next);
  };

  const attempt = async <T>(
    scope: TransactionScope,
    work: (tx: LedgerPrimitives) => Promise<T>,
  ): Promise<Result<T, StoreError>> => {
    for (let round = 1; ; round += 1) {
      try {
        const value = await work(tx);
        undo.length = 0;
        return ok(value);
      } catch (cause) {
        rollBack(undo);
        if (isConcurrentChange(cause) && round < MAX_ATTEMPTS) continue;
        const why = isConcurrentChange(cause) ? `gave up after ${round} attempts: ` : '';
        return err(unavailable(`${scope.useCase} failed: ${why}${reasonOf(cause)}`, cause));
      }
    }
  };

  return {
    transact: (scope, work) => serially(scope.useCase, () => attempt(scope, work)),
    run: (operation, work) =>
      serially(operation, async () => {
        try {
          return ok(work());
        } catch (cause) {
          return err(unavailable(`${operation} failed: ${reasonOf(cause)}`, cause));
        }
      }),
  };
};
