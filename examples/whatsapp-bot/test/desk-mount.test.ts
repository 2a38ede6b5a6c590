import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addUser } from '@antrean/desk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOMY_NUMBER } from './applicants';
import { type BotProcess, baseEnvironment, removeBotCache, startBot } from './bot-process';
import { sqliteStore, type TestStore } from './test-stores';

const SECRET = 'a-secret-for-the-bot-desk-test-0123456789';

/** Starts the bot with `env`, signs siti in at its desk and opens the check-in page, runs `check`, then stops the bot. */
async function signInAtBotDesk(env: Record<string, string>, check: (bot: BotProcess) => Promise<void>) {
  const bot = await startBot({
    ...baseEnvironment('http://127.0.0.1:9/v26.0'),
    WHATSAPP_PHONE_NUMBER_ID: ROOMY_NUMBER,
    ...env,
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
    expect((await fetch(`${bot.url}/desk/check-in`, { headers: { cookie } })).status).toBe(200);
    await check(bot);
  } finally {
    bot.signal('SIGTERM');
    expect((await bot.exited).code).toBe(0);
  }
}

// One process serving both: the WhatsApp webhook and the counter desk under /desk.
describe('the bot with the desk variables set', () => {
  const dir = mkdtempSync(join(tmpdir(), 'antrean-bot-desk-'));
  // The users file add-user writes by default: desk-users.json of the data folder.
  const usersFile = join(dir, 'desk-users.json');
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
    await signInAtBotDesk(
      { ...store.env, ANTREAN_DESK_USERS: usersFile, ANTREAN_DESK_SECRET: SECRET },
      async (bot) => {
        expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
      },
    );
  });

  // The README's desk commands set only ANTREAN_DESK_SECRET: the bot, started in its own folder,
  // finds the users file add-user wrote in the data folder, and keeps its store there too.
  it("with only ANTREAN_DESK_SECRET set, serves the users of the data folder's desk-users.json and keeps its store there", async () => {
    await signInAtBotDesk({ ANTREAN_DATA_DIR: dir, ANTREAN_DESK_SECRET: SECRET }, async () => {
      expect(existsSync(join(dir, 'antrean.sqlite'))).toBe(true);
    });
  });
});
