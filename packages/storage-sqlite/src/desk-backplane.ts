import type { DeskBackplane, StoreError } from '@antrean/core';
import type { ResultAsync } from 'neverthrow';
import type { Connection } from './connection';
import { sqliteDeskFeed } from './desk-feed';
import { sqliteRevocations } from './session-revocations';
import { sqliteLeases } from './work-leases';

/** Runs one read or write of the store, turning a throw into a `StoreError`. */
export type Read = <T>(operation: string, work: () => T) => ResultAsync<T, StoreError>;

/** The SQLite store's desk backplane, over its connection and its read and write paths. */
export const sqliteDeskBackplane = (
  conn: Connection,
  paths: { readonly read: Read; readonly write: Read; readonly closed: () => boolean },
): DeskBackplane => ({
  ...sqliteDeskFeed(conn, paths.read, paths.closed),
  ...sqliteRevocations(conn, paths.write, paths.read),
  ...sqliteLeases(conn, paths.write),
});
