import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startWhatsAppBot } from '../src/start-bot';

// The bot reads the desk's secret through the desk's own check (createDesk), as the office desk does.
describe('the WhatsApp bot with a weak desk secret', () => {
  const dir = mkdtempSync(join(tmpdir(), 'antrean-bot-desk-secret-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses to start (exit 2) with a secret of one repeated character or of whitespace, naming the variable', async () => {
    const usersFile = join(dir, 'users.json');
    writeFileSync(usersFile, '{"users":[]}\n');
    const start = (secret: string) =>
      startWhatsAppBot({
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'silent',
        ANTREAN_SQLITE_PATH: join(dir, 'antrean.sqlite'),
        WHATSAPP_APP_SECRET: 'app-secret',
        WHATSAPP_VERIFY_TOKEN: 'verify-token',
        WHATSAPP_ACCESS_TOKEN: 'access-token',
        WHATSAPP_PHONE_NUMBER_ID: '106540352242922',
        ANTREAN_DESK_USERS: usersFile,
        ANTREAN_DESK_SECRET: secret,
      });
    expect((await start('a'.repeat(40)))._unsafeUnwrapErr()).toEqual({
      type: 'StartRefused',
      exitCode: 2,
      message: 'ANTREAN_DESK_SECRET must not be one character repeated',
    });
    expect((await start(` ${'\t'.repeat(38)} `))._unsafeUnwrapErr()).toMatchObject({
      exitCode: 2,
      message: 'ANTREAN_DESK_SECRET must not be only whitespace',
    });
  });
});
