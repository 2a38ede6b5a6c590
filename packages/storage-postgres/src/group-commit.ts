import type { BatchMember } from './batch-member';
import { runBatch } from './batch-transaction';
import type { GroupCommitSettings } from './group-commit-options';
import type { ClientLike, PoolLike } from './pool-like';

/** Writes sent through one shared transaction at a time (see `runBatch`). */
export interface GroupCommitter {
  /** Run `work` in the next shared transaction; settles once that transaction has committed or failed. */
  submit<T>(office: string | undefined, work: (client: ClientLike) => Promise<T>): Promise<T>;
}

/**
 * Group commit for one store: one transaction in flight at a time; writes that arrive meanwhile
 * wait, and the next transaction takes them all (up to `maxBatch`, including any that arrive
 * while it runs, until it commits). When nothing is in flight, a write starts a transaction at
 * once, or after `maxWaitMs` if that is set and fewer than `maxBatch` writes wait.
 */
export const groupCommitter = (
  pool: PoolLike,
  schema: string,
  settings: GroupCommitSettings,
): GroupCommitter => {
  const waiting: BatchMember[] = [];
  let inFlight = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const launch = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (inFlight || waiting.length === 0) return;
    inFlight = true;
    let taken = 0;
    const next = (fits?: (member: BatchMember) => boolean): BatchMember | undefined => {
      if (taken >= settings.maxBatch) return undefined;
      const at = fits ? waiting.findIndex(fits) : 0;
      const [member] = at < 0 ? [] : waiting.splice(at, 1);
      if (member) taken += 1;
      return member;
    };
    // runBatch answers every member itself, failures included.
    void runBatch(pool, schema, next)
      .catch(() => undefined)
      .finally(() => {
        inFlight = false;
        launch();
      });
  };

  const arrived = (): void => {
    if (inFlight) return;
    if (settings.maxWaitMs > 0 && waiting.length < settings.maxBatch) {
      timer ??= setTimeout(launch, settings.maxWaitMs);
      return;
    }
    launch();
  };

  return {
    submit: <T>(office: string | undefined, work: (client: ClientLike) => Promise<T>): Promise<T> =>
      new Promise<T>((resolve, reject) => {
        waiting.push({ office, work, resolve: resolve as (value: unknown) => void, reject });
        arrived();
      }),
  };
};
