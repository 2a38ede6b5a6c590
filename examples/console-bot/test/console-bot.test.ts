import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotSession } from './bot-session';
import { writeTinyOffice } from './offices';
import { bundleBot, jsonLines, runBot, runCommand, runOnTerminal } from './run-bot';

const NOW = '2026-12-01T09:00:00+07:00'; // a Tuesday, 09:00 WIB
let bundle = '';
const dir = mkdtempSync(join(tmpdir(), 'antrean-bot-'));

const tinyOffice = writeTinyOffice(dir);

beforeAll(async () => {
  bundle = await bundleBot();
});
afterAll(() => {
  rmSync(bundle, { force: true });
  rmSync(dir, { recursive: true, force: true });
});

describe('terminal bot, driven as a process', () => {
  it('runs a scripted conversation: book, repeat, shared number, full day, closed days, status, cancel', async () => {
    const bot = startBotSession(bundle, ['--now', NOW, '--office', tinyOffice, '--db', ':memory:']);
    bot.from('0812 3456 7890');
    const booked = await bot.say('#BUDI#25011987#02122026');
    expect(booked.to).toBe('+6281234567890');
    expect(booked.outcome).toMatchObject({
      kind: 'confirmed',
      date: '2026-12-02',
      sessionStart: '2026-12-02T08:00:00+07:00',
      checkInDeadline: '2026-12-02T07:30:00+07:00',
    });
    const code = String(booked.outcome.code);
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(booked.text).toContain(code);

    const repeat = await bot.say('#budi # 25-01-1987 # 02/12/2026#');
    expect(repeat.outcome).toEqual({ kind: 'rejected', reason: 'AlreadyBooked', code });

    const otherApplicant = await bot.say('#SITI#01021990#02122026');
    expect(otherApplicant.outcome).toMatchObject({ kind: 'rejected', reason: 'NotPersonalNumber' });

    bot.from('+62 813 1111 2222');
    const second = await bot.say('#SITI#01021990#02122026');
    expect(second.outcome).toMatchObject({ kind: 'confirmed', sessionStart: '2026-12-02T10:00:00+07:00' });

    bot.from('6281355556666');
    const full = await bot.say('#ANDI#03031985#02122026');
    expect(full.outcome).toMatchObject({ kind: 'rejected', reason: 'FullyBooked' });
    expect(full.outcome.nextDates).toEqual(['2026-12-03', '2026-12-04', '2026-12-07']);
    const christmas = await bot.say('#ANDI#03031985#25122026');
    expect(christmas.outcome).toMatchObject({ kind: 'rejected', reason: 'OfficeClosed', date: '2026-12-25' });
    const sunday = await bot.say('#ANDI#03031985#06122026');
    expect(sunday.outcome).toMatchObject({ kind: 'rejected', reason: 'OfficeClosed', date: '2026-12-06' });
    const probe = await bot.say(`#CEK#${code}`);
    expect(probe.outcome).toMatchObject({ kind: 'rejected', reason: 'CodeNotFound' });
    const stolenCancel = await bot.say(`#BATAL#${code}`);
    expect(stolenCancel.outcome).toMatchObject({ kind: 'rejected', reason: 'CodeNotFound' });

    bot.from('081234567890');
    const status = await bot.say(`#cek#${code.replace('-', '').toLowerCase()}`);
    expect(status.outcome).toMatchObject({ kind: 'status', code, state: 'active' });
    const cancelled = await bot.say(`#BATAL#${code}`);
    expect(cancelled.outcome).toEqual({ kind: 'cancelled', code });
    const after = await bot.say(`#STATUS#${code}`);
    expect(after.outcome).toMatchObject({ kind: 'status', state: 'cancelled' });
    const help = await bot.say('halo, bagaimana cara daftar?');
    expect(help.outcome).toEqual({ kind: 'help' });
    const lost = await bot.say('#BUDI#25011987#03122026#HILANG');
    expect(lost.outcome).toMatchObject({ kind: 'rejected', reason: 'LostOrDamagedPassport' });

    const { code: exitCode } = await bot.end();
    expect(exitCode).toBe(0);
  });

  it('answers every malformed message with a reply naming the problem, and never crashes', async () => {
    const lines = [
      '#BUDI#250187#02122026',
      '#BUDI#31022026#02122026',
      '#BUD1#25011987#02122026',
      '#BUDI#25011987',
      '#BUDI#25011987#01122020',
      '#BUDI#25011987#02122027',
      '#BUDI#25011987#02122026#SIHIR',
      `#${'A'.repeat(1200)}`,
      '#CEK#XXXX-XXXX',
      '\u0000\u{1F600}',
    ];
    const run = await runBot(bundle, ['--json', '--now', NOW, '--db', ':memory:'], `${lines.join('\n')}\n`);
    expect(run.code).toBe(0);
    const replies = jsonLines(run);
    expect(replies.map((r) => r.outcome.reason ?? r.outcome.kind)).toEqual([
      'InvalidBirthDate',
      'InvalidBirthDate',
      'InvalidName',
      'MalformedMessage',
      'ArrivalDateInPast',
      'ArrivalDateTooFar',
      'MalformedMessage',
      'MessageTooLong',
      'CodeNotFound',
      'help',
    ]);
    for (const reply of replies) expect(reply.text.length).toBeGreaterThan(20);
  });

  it('keeps bookings in its SQLite file, so the next run finds them', async () => {
    const db = join(dir, 'bookings.sqlite');
    const first = await runBot(bundle, ['--json', '--now', NOW, '--db', db], '#BUDI#25011987#02122026\n');
    const [booked] = jsonLines(first);
    expect(booked?.outcome.kind).toBe('confirmed');
    const second = await runBot(
      bundle,
      ['--json', '--now', NOW, '--db', db],
      `#CEK#${booked?.outcome.code}\n`,
    );
    expect(jsonLines(second)[0]?.outcome).toMatchObject({ kind: 'status', state: 'active' });
  });

  it('replies in English with --lang en, and prints plain text without --json', async () => {
    const run = await runBot(
      bundle,
      ['--lang', 'en', '--now', NOW, '--db', ':memory:'],
      '#BUDI#25011987#02122026\n',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\[to \+6281234567890\]/);
    expect(run.stdout).toMatch(/07:30 WIB/);
    expect(run.stdout).toMatch(/[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}/);
    expect(run.stdout).toMatch(/original/i);
  });

  it('explains bad flags and bad office files instead of starting', async () => {
    const help = await runBot(bundle, ['--help'], '');
    expect(help.code).toBe(0);
    for (const flag of ['--from', '--office', '--now', '--lang', '--json', '--db'])
      expect(help.stdout).toContain(flag);
    const badFlag = await runBot(bundle, ['--lang', 'fr'], '');
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain('--lang');
    const badOffice = join(dir, 'bad-office.json');
    writeFileSync(badOffice, JSON.stringify({ id: 'x', name: 'X', timeZone: 'Mars/Olympus', sessions: [] }));
    const office = await runBot(bundle, ['--office', badOffice], '');
    expect(office.code).toBe(2);
    expect(office.stderr).toContain('timeZone');
  });
});

describe('terminal bot on a terminal', () => {
  it('shows a banner and a prompt, and answers what is typed', async () => {
    // `script` gives the bot a pseudo-terminal, so stdin.isTTY is true as for a person typing.
    const command = `${process.execPath} ${bundle} --now ${NOW} --db :memory:`;
    const run = await runCommand('script', ['-q', '-e', '-c', command, '/dev/null'], 'halo\n\u0004');
    expect(run.stdout).toContain('Sending as 081234567890');
    expect(run.stdout).toContain('> \u001b[3Ghalo'); // the prompt, then the typed line redrawn
    expect(run.stdout).toContain('#BATAL#KODE');
    expect(run.stdout).toContain('/help lists the commands, /quit ends');
  });

  it('ends with /quit or Ctrl-C as with Ctrl-D, closing the store', async () => {
    const command = `${process.execPath} ${bundle} --now ${NOW} --db :memory:`;
    for (const keys of [['/quit\n'], ['halo\n', '\u0003']]) {
      const run = await runOnTerminal(command, keys);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toContain('unexpected failure');
      expect(run.stdout).toMatch(/\n$/); // the shell's prompt starts on a line of its own
    }
  });
});
