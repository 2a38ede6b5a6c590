import type { StoreError } from '@antrean/core';
import { sqlStateOf } from './transaction';

/** A failure of one operation as the port's `StoreUnavailable`, with the SQLSTATE when there is one. */
export const storeError =
  (operation: string) =>
  (cause: unknown): StoreError => {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const state = sqlStateOf(cause);
    const message = `postgres store: ${operation} failed${state ? ` (SQLSTATE ${state})` : ''}: ${reason}`;
    return { type: 'StoreUnavailable', message, cause };
  };
