import type { AuditEntry, DeskBackplane, StoreError } from '@antrean/core';
import type { ResultAsync } from 'neverthrow';
import { memoryDeskFeed } from './desk-feed';
import { createRevocationState, memoryRevocations } from './session-revocations';
import { type HeldLease, memoryLeases } from './work-leases';

/** Runs one operation of the store: an error once closed or when `work` throws, never a throw. */
export type Run = <T>(operation: string, work: () => T) => ResultAsync<T, StoreError>;

/** The memory store's desk backplane: feed over its audit rows, revocations and leases of its own. */
export const memoryDeskBackplane = (audit: readonly AuditEntry[], run: Run): DeskBackplane => ({
  ...memoryDeskFeed(audit, run),
  ...memoryRevocations(createRevocationState(), run),
  ...memoryLeases(new Map<string, HeldLease>(), run),
});
