/** antrean's PostgreSQL BookingStore: capacity and uniqueness enforced by the database, for many replicas. */

export type { GroupCommitOptions } from './group-commit-options';
export type { MigrationReport } from './migrate';
export { MIGRATIONS, type Migration } from './migrations';
export type { ClientLike, NamedQuery, PoolLike, QueryResultLike, QueryRow } from './pool-like';
export { createPostgresStore, migratePostgresStore, type PostgresStoreOptions } from './postgres-store';
