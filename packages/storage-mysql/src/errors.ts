import { isConcurrentChange, type StoreError } from '@antrean/core';

/** Duplicate key: a racing writer inserted the same applicant, code, message or row first. */
export const ER_DUP_ENTRY = 1062;
/** Deadlock: InnoDB rolled the whole transaction back. */
export const ER_LOCK_DEADLOCK = 1213;
/** Lock wait timeout: treated like a deadlock, the batch runs again from the start. */
export const ER_LOCK_WAIT_TIMEOUT = 1205;

/** How many times an operation runs before a run of conflicts is reported as a failure. */
export const MAX_ATTEMPTS = 8;

/** The server's error number of a driver error, if it has one. */
export const errnoOf = (error: unknown): number | undefined => {
  const errno = (error as { errno?: unknown } | null)?.errno;
  return typeof errno === 'number' ? errno : undefined;
};

/** A deadlock or lock wait timeout: the transaction as a whole is to run again. */
export const isWholeConflict = (error: unknown): boolean => {
  const errno = errnoOf(error);
  return errno === ER_LOCK_DEADLOCK || errno === ER_LOCK_WAIT_TIMEOUT;
};

/** Any failure that means "a concurrent writer won: run again and read what won". */
export const isTransient = (error: unknown): boolean =>
  isConcurrentChange(error) || errnoOf(error) === ER_DUP_ENTRY || isWholeConflict(error);

/** A failure of one operation as the port's `StoreUnavailable`, with the server's error number. */
export const storeError =
  (operation: string) =>
  (cause: unknown): StoreError => {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const errno = errnoOf(cause);
    const message = `mysql store: ${operation} failed${errno ? ` (errno ${errno})` : ''}: ${reason}`;
    return { type: 'StoreUnavailable', message, cause };
  };
