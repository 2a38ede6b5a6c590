/**
 * Migration 4 (the outbox columns) on a database an older release left with messages in it: old
 * replies have no delivery (NULL state), are never claimed, and purge as before.
 */
import { createSqliteStore, sqliteMigrations } from '@antrean/storage-sqlite';
import { conformanceFixtures } from '@antrean/testkit';
import { expect, it } from 'vitest';
import { connect } from '../src/connection';
import { migrate } from '../src/migrate';
import { openLibsql, tempDir } from './sqlite-harness';

const { NOW, helpReply, later } = conformanceFixtures;

it('a version-3 database with messages gains the delivery columns; its old replies have no delivery', async () => {
  const dir = tempDir();
  try {
    const old = openLibsql(dir.file());
    expect(migrate(connect(old), sqliteMigrations.slice(0, 3))).toBe(3);
    old.exec(`INSERT INTO messages (channel, sender, message_id, reply_text, outcome_json, received_at)
      VALUES ('whatsapp', '+6281299004406', 'wamid.old', 'Booking berhasil', '{"kind":"help"}', ${NOW.getTime()})`);
    old.close();

    const db = openLibsql(dir.file());
    const store = (await createSqliteStore(db))._unsafeUnwrap();
    expect(db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get()).toMatchObject({
      v: sqliteMigrations.length,
    });
    expect(
      db
        .prepare(
          "SELECT delivery_state, delivery_id, reply_text FROM messages WHERE message_id = 'wamid.old'",
        )
        .get(),
    ).toMatchObject({ delivery_state: null, delivery_id: null, reply_text: 'Booking berhasil' });
    const claimInput = { now: later(NOW, 1), leaseUntil: later(NOW, 2), leaseToken: 't', limit: 10 };
    expect((await store.claim(claimInput))._unsafeUnwrap()).toEqual([]);
    expect((await store.outboxStats())._unsafeUnwrap()).toEqual({ pending: 0 });

    // A new reply asking for delivery is the first item; the old message still purges.
    const key = { channel: 'whatsapp', sender: '+6281299004407', messageId: 'wamid.new' };
    const delivery = { via: '106540352242922', to: key.sender };
    (await store.recordReply(key, helpReply('new'), NOW, delivery))._unsafeUnwrap();
    const [item] = (await store.claim(claimInput))._unsafeUnwrap();
    expect(item).toMatchObject({ id: '1', to: key.sender, text: 'help new', attempts: 0 });
    expect((await store.purge(later(NOW, 60)))._unsafeUnwrap().messages).toBe(1);
    expect(db.prepare('SELECT message_id FROM messages').all()).toEqual([{ message_id: 'wamid.new' }]);
    db.close();
  } finally {
    dir.remove();
  }
});
