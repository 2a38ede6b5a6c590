import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { describe, it } from 'vitest';

/** The server the tests use, from `ANTREAN_TEST_MYSQL_URL` (e.g. `mysql://root@127.0.0.1:3306/test`). */
export const TEST_URL = process.env.ANTREAN_TEST_MYSQL_URL;

/** Why the tests are skipped, shown in vitest's output when no server is configured. */
export const SKIP_REASON =
  'set ANTREAN_TEST_MYSQL_URL=mysql://root@127.0.0.1:3306/test (a MySQL 8 / MariaDB 10.6+ server) to run: no in-process engine exists';

/** Declare the file's tests only when a server is configured; otherwise one skipped test says how to run them. */
export const whenServer = async (declare: (url: string) => void | Promise<void>): Promise<void> => {
  if (TEST_URL) await declare(TEST_URL);
  else describe('storage-mysql', () => it.skip(SKIP_REASON, () => undefined));
};

/** The URL with its database replaced. */
export const urlOf = (base: string, database: string): string => {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
};

/** A database of the tests' own, created empty, and how to drop it. */
export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  /** A new pool on the database (another process, as far as the server can tell). */
  pool(limit?: number): mysql.Pool;
  drop(): Promise<void>;
}

/** Create `antrean_t_<random><suffix>` on the server and return it. */
export const createTestDatabase = async (base: string, suffix = ''): Promise<TestDatabase> => {
  const name = `antrean_t_${randomBytes(5).toString('hex')}${suffix}`;
  const admin = await mysql.createConnection(base);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  await admin.end();
  const url = urlOf(base, name);
  return {
    name,
    url,
    pool: (limit = 10) => mysql.createPool({ uri: url, connectionLimit: limit, supportBigNumbers: true }),
    drop: async () => {
      const conn = await mysql.createConnection(base);
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    },
  };
};
