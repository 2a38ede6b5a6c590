import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotSession } from './bot-session';
import { bundleBot } from './run-bot';

const NOW = '2026-12-01T09:00:00+07:00'; // a Tuesday, 09:00 WIB
let bundle = '';

beforeAll(async () => {
  bundle = await bundleBot();
});
afterAll(() => rmSync(bundle, { force: true }));

describe('the counter side', () => {
  it('checks an applicant in with /checkin and lists the day with /list, on stderr only', async () => {
    const bot = startBotSession(bundle, ['--now', NOW, '--db', ':memory:']);
    const booked = await bot.say('#BUDI#25011987#02122026');
    const code = String(booked.outcome.code);
    for (const line of [
      `/checkin ${code.toLowerCase()}`,
      `/checkin ${code}`,
      '/checkin XXXX-XXXX',
      '/list 2026-12-02',
    ]) {
      bot.officer(line);
    }
    const status = await bot.say(`#CEK#${code}`);
    expect(status.outcome).toMatchObject({ kind: 'status', code, state: 'checked_in' });
    const { code: exit, stderr } = await bot.end();
    expect(exit).toBe(0);
    // With --json every stderr line is one JSON object; a person reads its `message`.
    const messages = stderr
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line).message)
      .join('\n');
    expect(messages).toContain(`checked in ${code}: BUDI, 2026-12-02 08:00`);
    expect(messages).toContain(`not checked in: ${code} is checked_in`);
    expect(messages).toMatch(/not a booking code|no booking with code/);
    expect(messages).toMatch(new RegExp(`2026-12-02: 1 booking\\(s\\)\\n  08:00  ${code}  checked_in`));
  });
});
