import type { Connection } from './connection';
import type { SqliteMigration } from './schema';

const ledger = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version    INTEGER NOT NULL PRIMARY KEY,
  name       TEXT    NOT NULL,
  applied_at INTEGER NOT NULL
) STRICT`;

/**
 * Bring the database up to the last of `migrations`, each step in its own transaction. The
 * applied check runs inside the transaction, so two processes opening one new file apply each
 * step once. An up-to-date file takes no write lock at all, so a process opens it even while
 * another holds the lock for long. Throws (the caller wraps it) if the database is newer than
 * this code.
 */
export const migrate = (conn: Connection, migrations: readonly SqliteMigration[]): number => {
  conn.exec(ledger);
  const known = migrations.at(-1)?.version ?? 0;
  const found = conn.get<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations');
  const current = found?.version ?? 0;
  if (current > known) {
    throw new Error(`database schema version ${current} is newer than this adapter's ${known}: upgrade it`);
  }
  if (current === known) return known;
  for (const step of migrations) {
    conn.transaction(() => {
      if (conn.get('SELECT 1 AS applied FROM schema_migrations WHERE version = ?', step.version)) return;
      conn.exec(step.sql);
      conn.run(
        'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
        step.version,
        step.name,
        Date.now(),
      );
    });
  }
  return known;
};
