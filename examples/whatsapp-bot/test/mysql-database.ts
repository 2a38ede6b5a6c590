import {
  createTestDatabase,
  SKIP_REASON,
  TEST_URL,
} from '../../../packages/storage-mysql/test/test-database';
import type { TestStore } from './test-stores';

/** The server the MySQL process tests use; unset, they are skipped with {@link MYSQL_SKIP_REASON}. */
export const MYSQL_URL = TEST_URL;

/** Why the MySQL process tests did not run, and how to run them. */
export const MYSQL_SKIP_REASON = SKIP_REASON;

/** A store in a fresh database `antrean_t_<random>` on `ANTREAN_TEST_MYSQL_URL` (which must be set),
 * which can kill the bots' connections to it. */
export async function mysqlStore(): Promise<TestStore> {
  if (MYSQL_URL === undefined) throw new Error(MYSQL_SKIP_REASON);
  const database = await createTestDatabase(MYSQL_URL);
  const admin = database.pool(1);
  return {
    engine: 'mysql',
    env: { DATABASE_URL: database.url },
    killConnections: async () => {
      const [rows] = await admin.query<import('mysql2/promise').RowDataPacket[]>(
        'SELECT id FROM information_schema.processlist WHERE db = ? AND id <> CONNECTION_ID()',
        [database.name],
      );
      let killed = 0;
      for (const { id } of rows) {
        // A connection may close between the listing and its kill: "unknown thread" is no failure.
        await admin.query(`KILL CONNECTION ${Number(id)}`).then(
          () => (killed += 1),
          () => undefined,
        );
      }
      return killed;
    },
    close: async () => {
      await admin.end();
      await database.drop();
    },
  };
}
