import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BookingStore, DeskBackplane, StoreError } from '@antrean/core';
import { createMysqlStore } from '@antrean/storage-mysql';
import { createPostgresStore } from '@antrean/storage-postgres';
import { createSqliteStore } from '@antrean/storage-sqlite';
import Database from 'libsql';
import { errAsync, ResultAsync } from 'neverthrow';
import pg from 'pg';
import { describeDatabaseUrl, engineOf, mysqlUrl } from './database-url';
import { DEFAULT_SQLITE_PATH } from './host-environment';

/** A store the host opened, with what closing it takes (the store, then its pool or file). */
export interface OpenedStore {
  /** Every antrean store is also the replicas' backplane (desk events, sessions, leases). */
  readonly store: BookingStore & DeskBackplane;
  readonly engine: 'postgres' | 'mysql' | 'sqlite';
  /** Where it lives, safe to log: the SQLite path, or the server's engine, host and database without credentials. */
  readonly location: string;
  close(): Promise<void>;
}

/** How to open the store: the server `databaseUrl` names (MySQL for `mysql://` and `mariadb://`,
 * else PostgreSQL) when it is set, else SQLite at `sqlitePath`. */
export interface StoreSettings {
  readonly databaseUrl?: string | undefined;
  /** PostgreSQL's schema; MySQL keeps its tables in the database the URL names. */
  readonly schema?: string | undefined;
  readonly sqlitePath?: string | undefined;
  /** An idle pool client lost its connection: the pool replaces it, the host logs it. */
  readonly onPoolError?: (error: Error) => void;
}

const unavailable = (message: string, cause: unknown): StoreError => ({
  type: 'StoreUnavailable',
  message: `${message}: ${cause instanceof Error ? cause.message : String(cause)}`,
  cause,
});

const openPostgres = (url: string, settings: StoreSettings): ResultAsync<OpenedStore, StoreError> => {
  const pool = new pg.Pool({ connectionString: url });
  // Without a listener an idle client's lost connection would crash the process.
  pool.on('error', (error) => settings.onPoolError?.(error));
  const options = settings.schema === undefined ? {} : { schema: settings.schema };
  return createPostgresStore(pool, options)
    .map(
      (store): OpenedStore => ({
        store,
        engine: 'postgres',
        location: describeDatabaseUrl(url),
        close: async () => {
          await store.close();
          await pool.end();
        },
      }),
    )
    .orElse((error) =>
      ResultAsync.fromSafePromise(pool.end().catch(() => undefined)).andThen(() => errAsync(error)),
    );
};

// The store opens its pool from the URL and ends it on close; it listens on every connection it
// holds, so a killed connection fails only the calls in flight.
const openMysql = (url: string): ResultAsync<OpenedStore, StoreError> =>
  createMysqlStore({ url: mysqlUrl(url) }).map(
    (store): OpenedStore => ({
      store,
      engine: 'mysql',
      location: describeDatabaseUrl(url),
      close: () => store.close(),
    }),
  );

const openSqlite = (path: string): ResultAsync<OpenedStore, StoreError> => {
  let db: Database.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
  } catch (cause) {
    return errAsync(unavailable(`cannot open ${path}`, cause));
  }
  return createSqliteStore(db)
    .map(
      (store): OpenedStore => ({
        store,
        engine: 'sqlite',
        location: path,
        close: async () => {
          await store.close();
          db.close();
        },
      }),
    )
    .mapErr((error) => {
      db.close();
      return error;
    });
};

/** Opens (and migrates) the deployment's store. */
export function openStore(settings: StoreSettings): ResultAsync<OpenedStore, StoreError> {
  const url = settings.databaseUrl;
  if (url !== undefined) return engineOf(url) === 'mysql' ? openMysql(url) : openPostgres(url, settings);
  return openSqlite(settings.sqlitePath ?? DEFAULT_SQLITE_PATH);
}
