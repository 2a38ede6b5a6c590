import { checkOut } from './check-out';
import { MIGRATIONS, type Migration } from './migrations';
import { type ConnectionLike, type PoolLike, rowsOf } from './pool-like';
import { tableOptions } from './schema-ledger';

/** What a migration run did. */
export interface MigrationReport {
  /** Versions applied by this run, in order (empty when the schema was up to date). */
  readonly applied: readonly number[];
}

/** How long a replica waits for another's migration before it gives up, in seconds. */
const LOCK_WAIT_S = 60;

/** The no-pad binary utf8mb4 collation this server has (MariaDB's, else MySQL 8's). */
const collationOf = async (conn: ConnectionLike): Promise<string> => {
  const found = await rowsOf(
    conn.query(
      "SELECT COLLATION_NAME AS name FROM information_schema.COLLATIONS WHERE COLLATION_NAME IN ('utf8mb4_nopad_bin', 'utf8mb4_0900_bin') ORDER BY COLLATION_NAME DESC",
    ),
  );
  const [first] = found;
  if (!first)
    throw new Error('the server has no no-pad binary utf8mb4 collation (MariaDB 10.2+ or MySQL 8 needed)');
  return String(first.name);
};

const apply = async (conn: ConnectionLike, migration: Migration, collation: string): Promise<void> => {
  for (const statement of migration.statements(collation)) await conn.query(statement);
  await conn.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
    migration.version,
    migration.name,
    Date.now(),
  ]);
};

const pending = async (conn: ConnectionLike, database: string, collation: string): Promise<Migration[]> => {
  await conn.query(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
      version INT NOT NULL PRIMARY KEY, name VARCHAR(255) NOT NULL, applied_at BIGINT NOT NULL
    ) ${tableOptions(collation)}`,
  );
  const recorded = new Set(
    (await rowsOf(conn.query('SELECT version FROM schema_migrations'))).map((r) => Number(r.version)),
  );
  const known = Math.max(...MIGRATIONS.map((m) => m.version));
  const newest = Math.max(0, ...recorded);
  // Old code on a schema a newer release migrated could misread it: refuse, never guess.
  if (newest > known)
    throw new Error(`database ${database} is at version ${newest}, newer than this adapter (${known})`);
  return [...MIGRATIONS].sort((a, b) => a.version - b.version).filter((m) => !recorded.has(m.version));
};

/**
 * Bring the connection's database up to the latest version. DDL commits implicitly in MySQL, so
 * a transaction cannot hold the steps together: a session lock named after the database
 * (`GET_LOCK`) makes replicas that start together take turns; the first applies the steps, the
 * others then find them recorded. Each step's statements are idempotent, so a step cut short
 * by a crash is completed by the next run.
 */
export const migrate = async (pool: PoolLike): Promise<MigrationReport> => {
  const { conn, giveBack } = await checkOut(pool);
  let broken: unknown;
  try {
    const [row] = await rowsOf(conn.query('SELECT DATABASE() AS db'));
    const database = row?.db == null ? undefined : String(row.db);
    if (database === undefined) throw new Error('the connection has no database selected');
    const lock = `antrean:migrate:${database}`;
    const [got] = await rowsOf(conn.query('SELECT GET_LOCK(?, ?) AS got', [lock, LOCK_WAIT_S]));
    if (Number(got?.got) !== 1) throw new Error(`timed out waiting for the migration lock of ${database}`);
    try {
      const collation = await collationOf(conn);
      const applied: number[] = [];
      for (const migration of await pending(conn, database, collation)) {
        await apply(conn, migration, collation);
        applied.push(migration.version);
      }
      return { applied };
    } finally {
      await conn.query('SELECT RELEASE_LOCK(?)', [lock]);
    }
  } catch (error) {
    broken = error;
    throw error;
  } finally {
    giveBack(broken);
  }
};
