/**
 * antrean's SQLite `BookingStore`: the embedded default. Pass a connection from `libsql` or
 * `better-sqlite3`; the adapter imports neither.
 */

export type { SqliteStoreOptions } from './configure';
export type { GroupCommitOptions } from './group-commit-settings';
export { type SqliteMigration, sqliteMigrations, sqliteSchemaSql, sqliteSchemaVersion } from './schema';
export type { SqliteDatabase, SqliteStatement, SqliteValue } from './sqlite-database';
export { createSqliteStore } from './sqlite-store';
