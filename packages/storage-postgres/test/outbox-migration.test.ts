/**
 * Migration 4 (the outbox columns) on a schema an older release left with messages in it: old
 * replies have no delivery (NULL state), are never claimed, and purge as before.
 */
import { createPostgresStore, MIGRATIONS } from '@antrean/storage-postgres';
import { conformanceFixtures as fx } from '@antrean/testkit';
import { afterAll, expect, it } from 'vitest';
import { schemaAtVersion } from './old-schema';
import { openTestDatabase, queryIn } from './test-database';

const db = await openTestDatabase();
afterAll(() => db.close());

it('a version-3 schema with messages gains the delivery columns; its old replies have no delivery', async () => {
  const { schema, pool, t } = await schemaAtVersion(db, 3);
  await queryIn(
    pool,
    `INSERT INTO ${t}.messages (channel, sender, message_id, reply_text, outcome, received_at)
     VALUES ('whatsapp', '+6281299004406', 'wamid.old', 'Booking berhasil', '{"kind":"help"}', $1::timestamptz)`,
    [fx.NOW.toISOString()],
  );
  const store = (await createPostgresStore(db.pool(), { schema }))._unsafeUnwrap();
  const [version] = await queryIn(pool, `SELECT max(version) AS v FROM ${t}.schema_migrations`);
  expect(Number(version?.v)).toBe(Math.max(...MIGRATIONS.map((m) => m.version)));
  expect(await queryIn(pool, `SELECT delivery_state, delivery_id, reply_text FROM ${t}.messages`)).toEqual([
    { delivery_state: null, delivery_id: null, reply_text: 'Booking berhasil' },
  ]);
  const claimInput = {
    now: fx.later(fx.NOW, 1),
    leaseUntil: fx.later(fx.NOW, 2),
    leaseToken: 't',
    limit: 10,
  };
  expect((await store.claim(claimInput))._unsafeUnwrap()).toEqual([]);
  expect((await store.outboxStats())._unsafeUnwrap()).toEqual({ pending: 0 });

  // A new reply asking for delivery is the first item; the old message still purges.
  const key = { channel: 'whatsapp', sender: '+6281299004407', messageId: 'wamid.new' };
  const delivery = { via: '106540352242922', to: key.sender };
  (await store.recordReply(key, fx.helpReply('new'), fx.NOW, delivery))._unsafeUnwrap();
  const [item] = (await store.claim(claimInput))._unsafeUnwrap();
  expect(item).toMatchObject({ id: '1', to: key.sender, text: 'help new', attempts: 0, createdAt: fx.NOW });
  expect((await store.purge(fx.later(fx.NOW, 60)))._unsafeUnwrap().messages).toBe(1);
  expect(await queryIn(pool, `SELECT message_id FROM ${t}.messages`)).toEqual([{ message_id: 'wamid.new' }]);
  // A pending delivery must be whole: the database refuses one without its address.
  await expect(
    queryIn(
      pool,
      `INSERT INTO ${t}.messages (channel, sender, message_id, reply_text, outcome, received_at, delivery_state)
       VALUES ('x', 'y', 'z', 'r', '{}', now(), 'pending')`,
    ),
  ).rejects.toThrow(/messages_delivery_complete/);
});
