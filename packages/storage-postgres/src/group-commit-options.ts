import type { StoreError } from '@antrean/core';
import { err, ok, type Result } from 'neverthrow';

/** How writes are grouped into shared transactions (see `PostgresStoreOptions.groupCommit`). */
export interface GroupCommitOptions {
  /** The most writes one transaction carries. Default 128. */
  readonly maxBatch?: number;
  /**
   * How long a write that finds no transaction in flight waits for others to join it, in
   * milliseconds. Default 0: it starts at once, and only writes arriving meanwhile are grouped.
   */
  readonly maxWaitMs?: number;
}

/** Group commit settings with every default filled in. */
export interface GroupCommitSettings {
  readonly maxBatch: number;
  readonly maxWaitMs: number;
}

/** Defaults: a transaction per 128 writes at most; a lone write is never held back. */
export const DEFAULT_GROUP_COMMIT: GroupCommitSettings = { maxBatch: 128, maxWaitMs: 0 };

// Limits that catch typos (a wait in seconds, a batch of a million) rather than tune anything.
const MAX_BATCH_LIMIT = 10_000;
const MAX_WAIT_LIMIT_MS = 1_000;

const problemOf = (options: GroupCommitOptions): string | undefined => {
  const { maxBatch, maxWaitMs } = options;
  if (maxBatch !== undefined && !(Number.isInteger(maxBatch) && maxBatch >= 1 && maxBatch <= MAX_BATCH_LIMIT))
    return `groupCommit.maxBatch must be a whole number from 1 to ${MAX_BATCH_LIMIT}, got ${String(maxBatch)}`;
  if (
    maxWaitMs !== undefined &&
    !(typeof maxWaitMs === 'number' && maxWaitMs >= 0 && maxWaitMs <= MAX_WAIT_LIMIT_MS)
  )
    return `groupCommit.maxWaitMs must be a number of milliseconds from 0 to ${MAX_WAIT_LIMIT_MS}, got ${String(maxWaitMs)}`;
  return undefined;
};

/**
 * The settings the options ask for: undefined when group commit is off (`false`), an error for
 * a value out of range or of the wrong type (options may come from untyped configuration).
 */
export const groupCommitSettings = (
  option: GroupCommitOptions | false | undefined,
): Result<GroupCommitSettings | undefined, StoreError> => {
  if (option === false) return ok(undefined);
  if (option === undefined) return ok(DEFAULT_GROUP_COMMIT);
  if (typeof option !== 'object' || option === null)
    return err({
      type: 'StoreUnavailable',
      message: 'postgres store: groupCommit must be an object or false',
    });
  const problem = problemOf(option);
  if (problem) return err({ type: 'StoreUnavailable', message: `postgres store: ${problem}` });
  return ok({ ...DEFAULT_GROUP_COMMIT, ...withoutUndefined(option) });
};

const withoutUndefined = (options: GroupCommitOptions): Partial<GroupCommitSettings> => ({
  ...(options.maxBatch === undefined ? {} : { maxBatch: options.maxBatch }),
  ...(options.maxWaitMs === undefined ? {} : { maxWaitMs: options.maxWaitMs }),
});
