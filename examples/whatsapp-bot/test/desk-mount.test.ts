import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addUser } from '@antrean/desk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOMY_NUMBER } from './applicants';
import { baseEnvironment, removeBotCache, startBot } from './bot-process';
import { sqliteStore, type TestStore } from './test-stores';

// One process serving both: the WhatsApp webhook and the counter desk under /desk.
describe('the bot with the desk variables set', () => {
  const dir = mkdtempSync(join(tmpdir(), 'antrean-bot-desk-'));
  const usersFile = join(dir, 'users.json');
  let store: TestStore;

  beforeAll(async () => {
    store = sqliteStore();
    const added = await addUser(usersFile, {
      name: 'siti',
      role: 'officer',
      office: 'kanim-jakpus',
      password: 'kata-sandi-siti',
    });
    expect(added.isOk()).toBe(true);
  });
  afterAll(async () => {
    removeBotCache();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('mounts the desk under /desk beside the webhook: an officer signs in and opens the check-in page', async () => {
    const bot = await startBot({
      ...baseEnvironment('http://127.0.0.1:9/v26.0'),
      ...store.env,
      WHATSAPP_PHONE_NUMBER_ID: ROOMY_NUMBER,
      ANTREAN_DESK_USERS: usersFile,
      ANTREAN_DESK_SECRET: 'a-secret-for-the-bot-desk-test-0123456789',
    });
    try {
      const login = await fetch(`${bot.url}/desk/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'siti', password: 'kata-sandi-siti' }),
      });
      expect(login.status).toBe(200);
      expect(await login.json()).toMatchObject({ user: { name: 'siti', office: 'kanim-jakpus' } });
      const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
      const page = await fetch(`${bot.url}/desk/check-in`, { headers: { cookie } });
      expect(page.status).toBe(200);
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    } finally {
      bot.signal('SIGTERM');
      expect((await bot.exited).code).toBe(0);
    }
  });
});
