import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';

/** Where the tests' database lives, and pools onto it that `close` ends. */
export interface TestDatabase {
  /** `postgres` for the server in `ANTREAN_TEST_DATABASE_URL`, `pglite` for the in-process one. */
  readonly engine: 'postgres' | 'pglite';
  /** A connection string other processes can use too. */
  readonly url: string;
  /** This run's schema, `antrean_test_<random>`, dropped by `close`. */
  readonly schema: string;
  /** A new pool on the database (ended by `close` unless ended before). */
  pool(max?: number): pg.Pool;
  /** Another schema name of this run (ending in `suffix`), dropped by `close` as well. */
  freshSchema(suffix?: string): string;
  /** Drop this run's schemas, end the pools and stop PGlite if it was started. */
  close(): Promise<void>;
}

const randomId = (): string => randomBytes(6).toString('hex');

// pglite-socket multiplexes several client connections onto the one PGlite backend, one
// transaction at a time; the limit only needs to exceed the pools the tests open at once.
const PGLITE_MAX_CONNECTIONS = 200;

let announced = false;
const announce = (engine: string, detail: string): void => {
  if (announced) return;
  announced = true;
  console.info(`storage-postgres tests run against ${engine} (${detail})`);
};

const startPglite = async (): Promise<{ url: string; stop: () => Promise<void> }> => {
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: 0,
    maxConnections: PGLITE_MAX_CONNECTIONS,
  });
  await server.start();
  const url = `postgres://postgres@${server.getServerConn()}/postgres`;
  return {
    url,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
};

/**
 * Run one query in its own transaction. pglite-socket interleaves the statements of several
 * connections except inside a transaction block, so every test query goes through here.
 */
export const queryIn = async (
  pool: pg.Pool,
  sql: string,
  values: unknown[] = [],
): Promise<pg.QueryResultRow[]> => {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query(sql, values);
    await client.query('COMMIT');
    return rows;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
};

/** Open the test database: the server in `ANTREAN_TEST_DATABASE_URL`, else PGlite on a local port. */
export const openTestDatabase = async (): Promise<TestDatabase> => {
  const configured = process.env.ANTREAN_TEST_DATABASE_URL;
  const pglite = configured ? undefined : await startPglite();
  const url = configured ?? pglite!.url;
  const engine = configured ? 'postgres' : 'pglite';
  announce(
    configured ? 'PostgreSQL' : 'PGlite',
    configured ? 'ANTREAN_TEST_DATABASE_URL' : `in process behind pglite-socket at ${url}`,
  );
  const runId = randomId();
  const schemas = [`antrean_test_${runId}`];
  const pools = new Set<pg.Pool>();
  const pool = (max = 8): pg.Pool => {
    const made = new pg.Pool({ connectionString: url, max });
    pools.add(made);
    // An idle client the server drops must not crash the test process.
    made.on('error', () => undefined);
    const end = made.end.bind(made);
    made.end = (() => {
      pools.delete(made);
      return end();
    }) as typeof made.end;
    return made;
  };
  return {
    engine,
    url,
    schema: schemas[0]!,
    pool,
    freshSchema: (suffix = '') => {
      const schema = `antrean_test_${runId}_${schemas.length}${suffix}`;
      schemas.push(schema);
      return schema;
    },
    close: async () => {
      const admin = pool(1);
      for (const schema of schemas)
        await admin.query(`DROP SCHEMA IF EXISTS "${schema.replaceAll('"', '""')}" CASCADE`);
      await Promise.all([...pools].map((p) => p.end()));
      await pglite?.stop();
    },
  };
};
