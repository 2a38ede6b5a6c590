import { MIGRATIONS } from '@antrean/storage-postgres';
import { tablesIn } from '../src/tables';
import { queryIn, type TestDatabase } from './test-database';

/** A schema name as a quoted identifier. */
export const quoted = (schema: string): string => `"${schema.replaceAll('"', '""')}"`;

/**
 * A new schema with the migrations up to `version` applied by hand, as an older release left
 * it: `t` is its quoted name, `pool` a one-connection pool on the database.
 */
export const schemaAtVersion = async (db: TestDatabase, version: number) => {
  const schema = db.freshSchema();
  const pool = db.pool(1);
  const t = quoted(schema);
  await queryIn(pool, `CREATE SCHEMA ${t}`);
  await queryIn(
    pool,
    `CREATE TABLE ${t}.schema_migrations (version integer PRIMARY KEY, name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  const tables = tablesIn(schema);
  for (const migration of MIGRATIONS.filter((m) => m.version <= version)) {
    for (const statement of migration.statements(tables)) await queryIn(pool, statement);
    await queryIn(pool, `INSERT INTO ${t}.schema_migrations (version, name) VALUES ($1, $2)`, [
      migration.version,
      migration.name,
    ]);
  }
  return { schema, pool, t };
};
