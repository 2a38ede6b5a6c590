import type { Connection } from './connection';
import { type GroupCommitSettings, writeQueue } from './group-commit';
import { lane } from './lane';
import { rerunning } from './reruns';

/** How the store runs its calls on its one connection. Each call rejects with what the driver or the work threw. */
export interface Calls {
  /** A read outside any transaction, once no transaction of this store is open. */
  read<T>(work: () => T): Promise<T>;
  /**
   * `work` inside a write transaction (a grouped one with group commit), after `check`; run
   * again on a `ConcurrentChange`. Settles once its transaction committed or rolled back.
   */
  write<T>(work: () => T | Promise<T>): Promise<T>;
  /** Resolves once every call accepted so far has settled. */
  settle(): Promise<void>;
}

/**
 * The store's calls: all of them pass through one lane, so a transaction that awaits the core's
 * use case keeps other statements out until it ends; writes share batches with group commit on
 * (`grouping`), or each run in a transaction of their own.
 */
export const callsOn = (
  conn: Connection,
  check: () => void,
  grouping: GroupCommitSettings | undefined,
): Calls => {
  const serial = lane();
  const queue = grouping && writeQueue(conn, check, grouping, serial);
  // A failed transaction has rolled back: a re-run starts afresh, with nothing to undo.
  const alone = <T>(work: () => T | Promise<T>): Promise<T> =>
    serial.run(() =>
      rerunning(
        () =>
          conn.transactionAsync(async () => {
            check();
            return work();
          }),
        () => {},
      ),
    );
  return {
    read: (work) => serial.run(work),
    write: (work) => (queue ? queue.submit(work) : alone(work)),
    settle: async () => {
      await queue?.drain();
      await serial.idle();
    },
  };
};
