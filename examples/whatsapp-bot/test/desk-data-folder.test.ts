import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addUser } from '@antrean/desk';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOMY_NUMBER } from './applicants';
import { baseEnvironment, removeBotCache, startBot } from './bot-process';

// The README's desk commands set only ANTREAN_DESK_SECRET: `add-user` writes the data folder's
// users file, and the bot, started from its own folder, must find that file and share the store.
describe('the bot with only ANTREAN_DESK_SECRET set', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'antrean-bot-data-'));
  afterAll(() => {
    removeBotCache();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("serves the desk to the users in the data folder's desk-users.json and keeps its store there", async () => {
    const added = await addUser(join(dataDir, 'desk-users.json'), {
      name: 'siti',
      role: 'officer',
      office: 'kanim-jakpus',
      password: 'kata-sandi-siti',
    });
    expect(added.isOk()).toBe(true);
    const bot = await startBot({
      ...baseEnvironment('http://127.0.0.1:9/v26.0'),
      WHATSAPP_PHONE_NUMBER_ID: ROOMY_NUMBER,
      ANTREAN_DATA_DIR: dataDir,
      ANTREAN_DESK_SECRET: 'a-secret-for-the-bot-desk-test-0123456789',
    });
    try {
      const login = await fetch(`${bot.url}/desk/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'siti', password: 'kata-sandi-siti' }),
      });
      expect(login.status).toBe(200);
      expect(existsSync(join(dataDir, 'antrean.sqlite'))).toBe(true);
    } finally {
      bot.signal('SIGTERM');
      expect((await bot.exited).code).toBe(0);
    }
  });
});
