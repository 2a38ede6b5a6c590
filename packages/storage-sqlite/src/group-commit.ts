import type { Connection } from './connection';

/** Group commit's settings, validated (see `SqliteStoreOptions.groupCommit`). */
export interface GroupCommitSettings {
  readonly maxBatch: number;
  readonly maxWaitMs: number;
}

/** Writes queued for the next shared transaction. */
export interface WriteQueue {
  /** Run `work` in the next batch's transaction; settles once that transaction has committed. */
  submit<T>(work: () => T): Promise<T>;
  /** Resolves once every write submitted so far has been committed or refused. */
  drain(): Promise<void>;
}

interface Queued {
  readonly work: () => unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (cause: unknown) => void;
}

type Outcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly cause: unknown };

// One request inside the batch's transaction: a throw undoes only its own writes. If SQLite
// already rolled the whole transaction back (disk full, I/O error), ROLLBACK TO throws too and
// the batch fails as a whole, so no neighbour is reported written outside a transaction.
const isolated = (conn: Connection, work: () => unknown): Outcome => {
  conn.run('SAVEPOINT request');
  try {
    const value = work();
    conn.run('RELEASE request');
    return { ok: true, value };
  } catch (cause) {
    try {
      conn.run('ROLLBACK TO request');
      conn.run('RELEASE request');
    } catch {
      throw cause;
    }
    return { ok: false, cause };
  }
};

/**
 * Group commit on a synchronous connection. A write is queued and the queue is flushed on the
 * next turn of the event loop (`setImmediate`, or after `maxWaitMs`): every write that arrived
 * meanwhile, up to `maxBatch`, runs in arrival order in one `BEGIN IMMEDIATE … COMMIT` (via
 * `conn.transaction`, after `check`), each in its own savepoint. Callers are answered only after
 * the COMMIT returned; if the transaction fails, every write of the batch is refused.
 */
export const writeQueue = (
  conn: Connection,
  check: () => void,
  { maxBatch, maxWaitMs }: GroupCommitSettings,
): WriteQueue => {
  const queue: Queued[] = [];
  const idle: (() => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let immediate: ReturnType<typeof setImmediate> | undefined;

  const runBatch = (batch: readonly Queued[]): void => {
    let outcomes: Outcome[];
    try {
      outcomes = conn.transaction(() => {
        check();
        return batch.map((request) => isolated(conn, request.work));
      });
    } catch (cause) {
      for (const request of batch) request.reject(cause);
      return;
    }
    batch.forEach((request, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) request.resolve(outcome.value);
      else request.reject(outcome.cause);
    });
  };

  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    immediate = undefined;
    runBatch(queue.splice(0, maxBatch));
    if (queue.length > 0) schedule();
    else for (const wake of idle.splice(0)) wake();
  };

  function schedule(): void {
    if (immediate) return;
    if (maxWaitMs > 0 && queue.length < maxBatch) {
      timer ??= setTimeout(flush, maxWaitMs);
      return;
    }
    immediate = setImmediate(flush);
  }

  return {
    submit: <T>(work: () => T) =>
      new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        schedule();
      }),
    drain: () =>
      queue.length === 0 ? Promise.resolve() : new Promise<void>((resolve) => idle.push(resolve)),
  };
};
