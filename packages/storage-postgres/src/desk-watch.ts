import { DESK_CHANNEL } from './backplane-schema';
import { checkOut } from './check-out';
import { polledWatcher, type Watcher } from './desk-poll';
import type { ClientLike, PoolLike } from './pool-like';
import { sqlStateOf } from './transaction';

/** A notification as node-postgres reports it. */
interface Notice {
  readonly channel: string;
  readonly payload?: string;
}

/** A pooled client that also reports notifications (a `pg.Client` does; a pool's type need not say so). */
interface ListeningClient {
  query: ClientLike['query'];
  on(event: 'notification', listener: (message: Notice) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  removeListener(event: 'notification', listener: (message: Notice) => void): unknown;
  removeListener(event: 'error', listener: (error: Error) => void): unknown;
}

const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 5_000;

/** What the hub needs of the store: its pool, its schema, the audit log's highest id, whether it closed. */
export interface WatchDeps {
  readonly pool: PoolLike;
  readonly schema: string;
  readonly latestId: () => Promise<number>;
  readonly closed: () => boolean;
}

/**
 * The store's desk watches. While any is open, one client is held for `LISTEN antrean_desk`;
 * the audit log's trigger notifies with the schema's name. Until a probe notification the
 * session sends itself comes back (LISTEN works there: not through every proxy), each watch
 * polls the highest audit id. A lost connection falls back to polling and is opened again with
 * backoff. Each time listening starts, every watcher is called once so readers catch up on rows
 * appended while nobody listened.
 */
export const deskWatches = ({ pool, schema, latestId, closed }: WatchDeps) => {
  const watchers = new Set<Watcher>();
  let link: { readonly release: (error?: Error) => void } | undefined;
  let delivering = false;
  let unsupported = false;
  let opening = false;
  let retryMs = RETRY_MIN_MS;

  const wake = (watcher: Watcher): void => {
    if (!watchers.has(watcher)) return;
    try {
      watcher.listener();
    } catch {
      // A listener's failure is its own; the others are still called.
    }
  };
  const wakeAll = (): void => {
    for (const watcher of [...watchers]) wake(watcher);
  };

  const drop = (error?: Error): void => {
    const old = link;
    link = undefined;
    delivering = false;
    old?.release(error);
    if (watchers.size === 0 || closed() || unsupported) return;
    setTimeout(open, retryMs).unref?.();
    retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
  };

  async function open(): Promise<void> {
    if (link || opening || watchers.size === 0 || closed()) return;
    opening = true;
    const probe = `probe ${Math.random().toString(36).slice(2)}`;
    try {
      const out = await checkOut(pool);
      // A client that never emits 'notification' is simply polled: the probe never comes back.
      const client = out.client as unknown as ListeningClient;
      const onNotice = (message: Notice) => {
        if (message.channel !== DESK_CHANNEL) return;
        if (message.payload === probe) delivering = true;
        else if (message.payload === schema) wakeAll();
      };
      const onError = (error: Error) => {
        if (link === current) drop(error);
      };
      const current = {
        release: (error?: Error) => {
          client.removeListener('notification', onNotice);
          client.removeListener('error', onError);
          // Destroyed, never pooled again: a pooled client must not keep listening.
          out.giveBack(error ?? new Error('the desk watch ended'));
        },
      };
      client.on('notification', onNotice);
      client.on('error', onError);
      link = current;
      await client.query(`LISTEN ${DESK_CHANNEL}`);
      await client.query('SELECT pg_notify($1, $2)', [DESK_CHANNEL, probe]);
      retryMs = RETRY_MIN_MS;
      wakeAll();
      if (watchers.size === 0 || closed()) drop();
    } catch (error) {
      // A server without LISTEN (feature_not_supported) is polled for good; anything else is retried.
      if (sqlStateOf(error) === '0A000') unsupported = true;
      drop(error instanceof Error ? error : new Error(String(error)));
    } finally {
      opening = false;
    }
  }

  const stopListening = (): void => {
    const old = link;
    link = undefined;
    delivering = false;
    old?.release();
  };

  return {
    /** Stop every watch and the LISTEN client: the store is closing. */
    stopAll: (): void => {
      for (const watcher of watchers) clearInterval(watcher.timer);
      watchers.clear();
      stopListening();
    },
    /** Start a watch; the returned function stops it (and the LISTEN client with the last one). */
    watch: (listener: () => void, pollMs: number): (() => void) => {
      const watcher = polledWatcher({
        pollMs,
        listener,
        latestId,
        wake: (w) => wake(w),
        idle: () => delivering || closed(),
      });
      watchers.add(watcher);
      void open();
      return () => {
        clearInterval(watcher.timer);
        watchers.delete(watcher);
        if (watchers.size === 0) stopListening();
      };
    },
  };
};
