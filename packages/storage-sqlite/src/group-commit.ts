import type { Connection } from './connection';
import type { Lane } from './lane';
import { rerunning } from './reruns';

/** Group commit's settings, validated (see `SqliteStoreOptions.groupCommit`). */
export interface GroupCommitSettings {
  readonly maxBatch: number;
  readonly maxWaitMs: number;
}

/** Writes queued for the next shared transaction. */
export interface WriteQueue {
  /** Run `work` in the next batch's transaction; settles once that transaction has committed. */
  submit<T>(work: () => T | Promise<T>): Promise<T>;
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

// One request inside the batch's transaction: a throw undoes only its own writes, and a
// ConcurrentChange runs it again from its savepoint. If SQLite already rolled the whole
// transaction back (disk full, I/O error), ROLLBACK TO throws too and the batch fails as a whole,
// so no neighbour is reported written outside a transaction.
const isolated = async (conn: Connection, work: () => unknown): Promise<Outcome> => {
  conn.run('SAVEPOINT request');
  try {
    const value = await rerunning(
      async () => work(),
      () => conn.run('ROLLBACK TO request'),
    );
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
 * next turn of the event loop (`setImmediate`, or after `maxWaitMs`): once the lane is free,
 * every write that arrived meanwhile, up to `maxBatch`, runs in arrival order in one
 * `BEGIN IMMEDIATE … COMMIT` (after `check`), each in its own savepoint, each awaited before the
 * next starts. Callers are answered only after the COMMIT returned; if the transaction fails,
 * every write of the batch is refused.
 */
export const writeQueue = (
  conn: Connection,
  check: () => void,
  { maxBatch, maxWaitMs }: GroupCommitSettings,
  serial: Lane,
): WriteQueue => {
  const queue: Queued[] = [];
  const idle: (() => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let immediate: ReturnType<typeof setImmediate> | undefined;
  let running = false;

  const runBatch = async (batch: readonly Queued[]): Promise<void> => {
    let outcomes: Outcome[];
    try {
      outcomes = await conn.transactionAsync(async () => {
        check();
        const done: Outcome[] = [];
        for (const request of batch) done.push(await isolated(conn, request.work));
        return done;
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

  const flush = async (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    immediate = undefined;
    running = true;
    // Writes arriving while the lane is busy join this batch.
    await serial.run(() => runBatch(queue.splice(0, maxBatch)));
    running = false;
    if (queue.length > 0) schedule();
    else for (const wake of idle.splice(0)) wake();
  };

  function schedule(): void {
    // A batch in progress schedules the next when it ends.
    if (immediate || running) return;
    if (maxWaitMs > 0 && queue.length < maxBatch) {
      timer ??= setTimeout(() => void flush(), maxWaitMs);
      return;
    }
    immediate = setImmediate(() => void flush());
  }

  return {
    submit: <T>(work: () => T | Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        schedule();
      }),
    drain: () =>
      queue.length === 0 && !running ? Promise.resolve() : new Promise<void>((resolve) => idle.push(resolve)),
  };
};
