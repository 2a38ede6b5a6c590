import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotSession } from './bot-session';
import { type Booked, TEXT_LINES } from './counter-lines';
import { writeTinyOffice } from './offices';
import { bundleBot, jsonLines, runBot } from './run-bot';

const BOOKING_DAY_BEFORE = '2026-12-01T09:00:00+07:00'; // a Tuesday, 09:00 WIB
const WINDOW_OPEN = '2026-12-02T07:00:00+07:00'; // 08:00 session: opens 06:00, deadline 07:30
const AFTER_DEADLINES = '2026-12-02T09:31:00+07:00'; // 10:00 session's deadline was 09:30
let bundle = '';
const dir = mkdtempSync(join(tmpdir(), 'antrean-counter-'));
const office = writeTinyOffice(dir);

beforeAll(async () => {
  bundle = await bundleBot();
});
afterAll(() => {
  rmSync(bundle, { force: true });
  rmSync(dir, { recursive: true, force: true });
});

/** Book BUDI (08:00) and SITI (10:00) on 2 December and a cancelled ANDI on the 3rd; a code of another database. */
async function bookDay(db: string): Promise<Booked> {
  const bot = startBotSession(bundle, ['--now', BOOKING_DAY_BEFORE, '--office', office, '--db', db]);
  const code = async (line: string) => String((await bot.say(line)).outcome.code);
  const budi = await code('#BUDI#25011987#02122026');
  bot.from('0813 1111 2222');
  const siti = await code('#SITI#01021990#02122026');
  bot.from('0813 5555 6666');
  const andi = await code('#ANDI#03031985#03122026');
  expect((await bot.say(`#BATAL#${andi}`)).outcome.kind).toBe('cancelled');
  await bot.end();
  const elsewhere = await runBot(
    bundle,
    ['--json', '--now', BOOKING_DAY_BEFORE, '--db', ':memory:'],
    '#BUDI#25011987#02122026\n',
  );
  return { budi, siti, andi, unknown: String(jsonLines(elsewhere)[0]?.outcome.code) };
}

/** Run counter lines at `now` on `db` (with `extra` flags) and return what stderr got, line by line. */
async function counter(
  db: string,
  now: string,
  lines: readonly string[],
  json: boolean,
  extra: readonly string[] = [],
) {
  const flags = [...(json ? ['--json'] : []), '--now', now, '--office', office, '--db', db, ...extra];
  const run = await runBot(bundle, flags, `${lines.join('\n')}\n`);
  expect(run).toMatchObject({ code: 0, stdout: '' });
  const printed = run.stderr.split('\n').filter((line) => line !== '');
  return json ? printed.map((line) => JSON.parse(line)) : printed;
}

describe('the counter side: /checkin and /list at the time asked', () => {
  it('with --json writes one object per line on stderr for every check-in result and the day list', async () => {
    const db = join(dir, 'json.sqlite');
    const { budi, siti, andi, unknown } = await bookDay(db);
    const budiFacts = {
      code: budi,
      name: 'BUDI',
      date: '2026-12-02',
      sessionStart: '2026-12-02T08:00:00+07:00',
      checkInDeadline: '2026-12-02T07:30:00+07:00',
    };
    const sitiFacts = {
      code: siti,
      name: 'SITI',
      date: '2026-12-02',
      sessionStart: '2026-12-02T10:00:00+07:00',
      checkInDeadline: '2026-12-02T09:30:00+07:00',
    };

    const dayBefore = await counter(
      db,
      BOOKING_DAY_BEFORE,
      [`/checkin ${budi}`, '/checkin XXXX-XXXX', `/checkin ${unknown}`, `/checkin ${andi}`],
      true,
    );
    expect(dayBefore).toEqual([
      { command: 'checkin', result: 'too_early', ...budiFacts, opensAt: '2026-12-02T06:00:00+07:00' },
      { command: 'checkin', result: 'not_found', problem: 'invalid' },
      { command: 'checkin', result: 'not_found', code: unknown },
      expect.objectContaining({ command: 'checkin', result: 'cancelled', code: andi, date: '2026-12-03' }),
    ]);

    const windowOpen = await counter(
      db,
      WINDOW_OPEN,
      [
        `/checkin ${budi.toLowerCase().replace('-', ' ')}`,
        `/checkin ${budi}`,
        `/checkin ${siti}`,
        '/list 2026-12-02',
      ],
      true,
    );
    expect(windowOpen).toEqual([
      { command: 'checkin', result: 'checked_in', ...budiFacts, checkedInAt: WINDOW_OPEN },
      { command: 'checkin', result: 'already_checked_in', ...budiFacts, checkedInAt: WINDOW_OPEN },
      { command: 'checkin', result: 'too_early', ...sitiFacts, opensAt: '2026-12-02T08:00:00+07:00' },
      {
        command: 'list',
        date: '2026-12-02',
        bookings: [
          { code: budi, name: 'BUDI', sessionStart: budiFacts.sessionStart, state: 'checked_in' },
          { code: siti, name: 'SITI', sessionStart: sitiFacts.sessionStart, state: 'active' },
        ],
      },
    ]);

    // SITI's stored status is still active; past her deadline the list and the counter say hangus.
    const afterDeadlines = await counter(
      db,
      AFTER_DEADLINES,
      ['/list 02122026', `/checkin ${siti}`, '/list 2026-12-03'],
      true,
    );
    expect(afterDeadlines).toEqual([
      {
        command: 'list',
        date: '2026-12-02',
        bookings: [
          expect.objectContaining({ code: budi, state: 'checked_in' }),
          expect.objectContaining({ code: siti, state: 'expired' }),
        ],
      },
      { command: 'checkin', result: 'expired', ...sitiFacts },
      {
        command: 'list',
        date: '2026-12-03',
        bookings: [expect.objectContaining({ code: andi, state: 'cancelled' })],
      },
    ]);
  });

  it.each([
    { lang: 'en' as const, flags: ['--lang', 'en'], how: 'in English with --lang en' },
    { lang: 'id' as const, flags: [], how: 'in Bahasa Indonesia by default, like the replies' },
  ])(
    'without --json says each result and the day list in a line a person reads, $how',
    async ({ lang, flags }) => {
      const db = join(dir, `text-${lang}.sqlite`);
      const booked = await bookDay(db);
      const { budi, siti, andi, unknown } = booked;
      const [dayBefore, windowOpen, afterDeadlines] = TEXT_LINES[lang](booked);
      const run = (now: string, lines: readonly string[]) => counter(db, now, lines, false, flags);
      expect(
        await run(BOOKING_DAY_BEFORE, [
          `/checkin ${budi}`,
          '/checkin 12',
          `/checkin ${unknown}`,
          `/checkin ${andi}`,
        ]),
      ).toEqual(dayBefore);
      expect(await run(WINDOW_OPEN, [`/checkin ${budi}`, `/checkin ${budi}`])).toEqual(windowOpen);
      expect(
        await run(AFTER_DEADLINES, [`/checkin ${siti}`, '/list 2026-12-02', '/checkin', '/list besok']),
      ).toEqual(afterDeadlines);
    },
  );

  it('answers a mistyped counter line with its usage, and keeps stdout for replies', async () => {
    const printed = await counter(':memory:', BOOKING_DAY_BEFORE, ['/checkin', '/list besok'], true, [
      '--lang',
      'en',
    ]);
    expect(printed).toEqual([
      { command: 'checkin', problem: 'usage', message: 'usage: /checkin <code>, e.g. /checkin QA6Y-AU5H' },
      { command: 'list', problem: 'usage', message: expect.stringContaining('cannot read the date "besok"') },
    ]);
  });
});
