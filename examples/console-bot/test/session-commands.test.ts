import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleBot, jsonLines, runBot } from './run-bot';

const NOW = '2026-12-01T09:00:00+07:00'; // a Tuesday, 09:00 WIB
let bundle = '';

beforeAll(async () => {
  bundle = await bundleBot();
});
afterAll(() => rmSync(bundle, { force: true }));

const nonEmptyLines = (text: string) => text.split('\n').filter((line) => line !== '');

describe('flags', () => {
  it('refuses a bad flag with one line and "see --help", not the whole help', async () => {
    for (const args of [['--frm', 'x'], ['--from'], ['--json=yes'], ['extra'], ['--lang', 'fr']]) {
      const run = await runBot(bundle, args, '');
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(nonEmptyLines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toMatch(/; see --help\n$/);
      expect(run.stderr).not.toContain('Flags:');
    }
    const unknown = await runBot(bundle, ['--frm', 'x'], '');
    expect(unknown.stderr).toBe('unknown flag --frm; see --help\n');
  });

  it('refuses --now without a UTC offset, and says so in --help', async () => {
    for (const now of ['2026-12-01T09:00', '2026-12-01T09:00:00', '2026-12-01']) {
      const run = await runBot(bundle, ['--now', now, '--db', ':memory:'], '#BUDI#25011987#02122026\n');
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`--now needs a UTC offset or Z after the time`);
      expect(run.stderr).toContain(`got "${now}"`);
    }
    const impossible = await runBot(bundle, ['--now', '2026-02-31T09:00:00+07:00'], '');
    expect(impossible.code).toBe(2);
    expect(impossible.stderr).toContain('--now must be an ISO-8601 instant');
    const utc = await runBot(
      bundle,
      ['--json', '--now', '2026-12-01T02:00:00Z', '--db', ':memory:'],
      '#BUDI#25011987#02122026\n',
    );
    expect(jsonLines(utc)[0]?.outcome.kind).toBe('confirmed');
    const help = await runBot(bundle, ['--help'], '');
    expect(help.stdout).toMatch(/without an offset is refused/);
  });

  it('refuses a --from that is not a phone number', async () => {
    const run = await runBot(bundle, ['--from', 'budi', '--db', ':memory:'], '');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('--from "budi" is not a phone number; see --help\n');
  });
});

describe('session commands', () => {
  const session = (input: readonly string[], flags: readonly string[] = []) =>
    runBot(bundle, ['--now', NOW, '--db', ':memory:', ...flags], `${input.join('\n')}\n`);

  it('/list reads YYYY-MM-DD and DDMMYYYY, and answers anything else with how to write the date', async () => {
    const run = await session(
      [
        '#BUDI#25011987#07122026',
        '/list 07122026',
        '/list 2026-12-07',
        '/list 2026-12-7',
        '/list 31122026x',
        '/list 2026-02-30',
      ],
      ['--lang', 'en'],
    );
    const lines = nonEmptyLines(run.stderr);
    expect(lines.filter((line) => line.startsWith('2026-12-07: 1 booking(s)'))).toHaveLength(2);
    const usage = lines.filter((line) => line.startsWith('cannot read the date'));
    expect(usage).toEqual([
      expect.stringContaining('"2026-12-7"; usage: /list [YYYY-MM-DD]'),
      expect.stringContaining('"31122026x"; usage: /list [YYYY-MM-DD]'),
      expect.stringContaining('"2026-02-30"; usage: /list [YYYY-MM-DD]'),
    ]);
  });

  it('/from refuses what is not a phone number and keeps the sender; a landline or foreign number is kept, to try the refusals', async () => {
    const run = await session(
      [
        '/from budi',
        '/from 0812-34x',
        '#BUDI#25011987#02122026',
        '/from 021 555 1234',
        '#SITI#01021990#02122026',
      ],
      ['--json'],
    );
    const replies = jsonLines(run);
    expect(replies).toHaveLength(2);
    expect(replies[0]?.to).toBe('+6281234567890'); // the refused /from lines left the sender as it was
    expect(replies[1]?.to).toMatch(/555 ?1234$/);
    expect(replies[1]?.outcome).toMatchObject({
      kind: 'rejected',
      reason: 'NotPersonalNumber',
      problem: 'notMobile',
    });
    const notices = nonEmptyLines(run.stderr).map((line) => JSON.parse(line));
    expect(notices).toEqual([
      expect.objectContaining({
        command: 'from',
        problem: 'usage',
        message: expect.stringContaining('"budi" is not a phone number'),
      }),
      expect.objectContaining({
        command: 'from',
        problem: 'usage',
        message: expect.stringContaining('"0812-34x" is not a phone number'),
      }),
      expect.objectContaining({
        command: 'from',
        from: '021 555 1234',
        message: expect.stringContaining('not a mobile number'),
      }),
    ]);
  });

  it('/help lists the commands, an unknown command points to /help, /quit ends the session cleanly', async () => {
    const run = await session(['/help', '/frm 0812', '/quit', '#BUDI#25011987#02122026'], ['--json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(''); // nothing after /quit was answered
    const [help, unknown, ...rest] = nonEmptyLines(run.stderr).map((line) => JSON.parse(line));
    expect(rest).toEqual([]);
    for (const command of ['/from', '/checkin', '/list', '/help', '/quit'])
      expect(help.message).toContain(command);
    expect(unknown).toEqual({
      command: 'frm',
      problem: 'usage',
      message: 'unknown command /frm; /help lists the commands',
    });
  });
});
