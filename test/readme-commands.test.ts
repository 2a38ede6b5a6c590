import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { officeOpenNow } from './office-open-now';
import { listeningPort, type PnpmRun, repositoryRoot, runPnpm, stopPnpm } from './pnpm-command';

// The README's commands, typed from the repository's root: a code booked at the terminal bot is
// checked in at the desk started with `pnpm --dir examples/office-desk`. Both default to one data
// folder; here it is a temporary one (ANTREAN_DATA_DIR), so the checkout's data/ is never touched.
const dataDir = mkdtempSync(join(tmpdir(), 'antrean-readme-data-'));
const officeFile = join(mkdtempSync(join(tmpdir(), 'antrean-readme-office-')), 'office.json');
// Bundle caches of this run's own, inside each package so that `libsql` resolves.
const cacheOf = (example: string) =>
  join(repositoryRoot, `examples/${example}/node_modules/.cache/antrean-test/readme-${randomUUID()}`);
const botCache = cacheOf('console-bot');
const deskCache = cacheOf('office-desk');
const running: PnpmRun[] = [];

afterAll(async () => {
  for (const run of running) await stopPnpm(run);
  for (const dir of [dataDir, join(officeFile, '..'), botCache, deskCache])
    rmSync(dir, { recursive: true, force: true });
}, 30_000);

describe("the README's commands share one data folder", () => {
  it('books a code with `pnpm start` and checks it in at the desk of `pnpm --dir examples/office-desk start`', async () => {
    const office = officeOpenNow(new Date());
    writeFileSync(officeFile, office.json);
    const shared = { ANTREAN_DATA_DIR: dataDir };

    const bot = runPnpm(
      ['--silent', 'start', '--', '--json', '--office', officeFile],
      { ...shared, ANTREAN_BOT_CACHE: botCache },
      `#BUDI#25011987#${office.today}\n`,
    );
    expect(await bot.exited, bot.output()).toBe(0);
    const reply = JSON.parse(bot.output().split('\n')[0] ?? '') as {
      outcome: { kind: string; code?: string };
    };
    expect(reply.outcome.kind, bot.output()).toBe('confirmed');
    const code = String(reply.outcome.code);
    expect(existsSync(join(dataDir, 'antrean.sqlite'))).toBe(true);

    const deskEnv = {
      ...shared,
      ANTREAN_BOT_CACHE: deskCache,
      ANTREAN_OFFICE_CONFIG: officeFile,
      ANTREAN_DESK_SECRET: 'a-secret-for-the-readme-commands-test-0123456789',
    };
    const addUser = runPnpm(
      ['--dir', 'examples/office-desk', 'add-user', 'siti', '--role', 'officer'],
      deskEnv,
      'a-long-password\n',
    );
    expect(await addUser.exited, addUser.output()).toBe(0);
    expect(existsSync(join(dataDir, 'desk-users.json'))).toBe(true);

    const desk = runPnpm(['--dir', 'examples/office-desk', 'start'], {
      ...deskEnv,
      HOST: '127.0.0.1',
      PORT: '0',
    });
    running.push(desk);
    const origin = `http://127.0.0.1:${await listeningPort(desk)}`;
    const login = await fetch(`${origin}/desk/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'siti', password: 'a-long-password' }),
    });
    expect(login.status).toBe(200);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const checkIn = await fetch(`${origin}/desk/api/check-in`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin,
        cookie: login.headers.get('set-cookie')?.split(';')[0] ?? '',
        'x-csrf-token': csrfToken,
      },
      body: JSON.stringify({ code }),
    });
    const answer = (await checkIn.json()) as { ticket?: { number: string; code: string } };
    expect({ status: checkIn.status, ticket: answer.ticket }).toMatchObject({
      status: 200,
      // A booking made without a type is a regular application: series C.
      ticket: { number: 'C-001', code },
    });
  });
});
