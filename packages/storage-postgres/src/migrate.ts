import { MIGRATIONS, type Migration } from './migrations';
import type { ClientLike, PoolLike } from './pool-like';
import type { Tables } from './tables';
import { inTransaction } from './transaction';

/** What a migration run did. */
export interface MigrationReport {
  /** Versions applied by this run, in order (empty when the schema was up to date). */
  readonly applied: readonly number[];
}

const ensureSchema = async (client: ClientLike, t: Tables): Promise<void> => {
  // Checked first so a role without CREATE on the database can use a schema made for it.
  const found = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [t.schema]);
  if (found.rows.length === 0) await client.query(`CREATE SCHEMA ${t.quotedSchema}`);
  await client.query(
    `CREATE TABLE IF NOT EXISTS ${t.migrations} (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`,
  );
};

const apply = async (client: ClientLike, t: Tables, migration: Migration): Promise<void> => {
  for (const statement of migration.statements(t)) await client.query(statement);
  await client.query(`INSERT INTO ${t.migrations} (version, name) VALUES ($1, $2)`, [
    migration.version,
    migration.name,
  ]);
};

/**
 * Bring the schema up to the latest version, in one transaction. A transaction-scoped advisory
 * lock keyed on the schema name makes replicas that start together wait for each other: the
 * first applies the steps, the others then find them recorded and apply nothing.
 */
export const migrate = (pool: PoolLike, t: Tables): Promise<MigrationReport> =>
  inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`antrean:migrate:${t.schema}`]);
    await ensureSchema(client, t);
    const done = await client.query(`SELECT version FROM ${t.migrations}`);
    const recorded = new Set(done.rows.map((row) => Number(row.version)));
    const known = Math.max(...MIGRATIONS.map((migration) => migration.version));
    const newer = [...recorded].filter((version) => version > known);
    // Old code on a schema a newer release migrated could misread it: refuse, never guess.
    if (newer.length > 0) {
      throw new Error(
        `schema ${t.schema} is at version ${Math.max(...newer)}, newer than this adapter (${known})`,
      );
    }
    const applied: number[] = [];
    for (const migration of [...MIGRATIONS].sort((a, b) => a.version - b.version)) {
      if (recorded.has(migration.version)) continue;
      await apply(client, t, migration);
      applied.push(migration.version);
    }
    return { applied };
  });
