/** antrean's MySQL / MariaDB BookingStore: capacity and uniqueness enforced by InnoDB, for many replicas. */

export type { MigrationReport } from './migrate';
export { MIGRATIONS, type Migration } from './migrations';
export { createMysqlStore, type MysqlStoreOptions, migrateMysqlStore } from './mysql-store';
export type { ConnectionLike, PoolLike, Row, WriteResult } from './pool-like';
export type { MysqlConnection } from './pool-source';
