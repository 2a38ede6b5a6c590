import type { StoreError } from '@antrean/core';
import { err, ok, type Result } from 'neverthrow';
import type { GroupCommitSettings } from './group-commit';

/** `SqliteStoreOptions.groupCommit`: how writes are grouped into shared transactions. */
export interface GroupCommitOptions {
  /** Most writes in one transaction (default 128). */
  readonly maxBatch?: number;
  /**
   * How long the first write of a batch waits for others, in ms (default 0: the batch starts on
   * the next turn of the event loop, so a lone write is not delayed; writes arriving while it
   * commits form the next batch).
   */
  readonly maxWaitMs?: number;
}

const DEFAULT_MAX_BATCH = 128;

const invalid = (message: string): StoreError => ({
  type: 'StoreUnavailable',
  message: `sqlite open failed: groupCommit.${message}`,
});

/** The settings in force, `undefined` when turned off (`false`), or what is wrong with them. */
export const groupCommitSettings = (
  option: GroupCommitOptions | false | undefined,
): Result<GroupCommitSettings | undefined, StoreError> => {
  if (option === false) return ok(undefined);
  const { maxBatch = DEFAULT_MAX_BATCH, maxWaitMs = 0 } = option ?? {};
  if (!Number.isSafeInteger(maxBatch) || maxBatch < 1) {
    return err(invalid(`maxBatch must be a whole number of at least 1, got ${String(maxBatch)}`));
  }
  if (!Number.isFinite(maxWaitMs) || maxWaitMs < 0) {
    return err(invalid(`maxWaitMs must be a number of ms of at least 0, got ${String(maxWaitMs)}`));
  }
  return ok({ maxBatch, maxWaitMs });
};
