import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotSession } from './bot-session';
import { writeTinyOffice } from './offices';
import { bundleBot } from './run-bot';

// Inside the 08:00 session's check-in window (06:00 to 07:30), so only the office can refuse it.
const NOW = '2026-12-02T06:30:00+07:00';
let bundle = '';
const dir = mkdtempSync(join(tmpdir(), 'antrean-offices-'));

beforeAll(async () => {
  bundle = await bundleBot();
});
afterAll(() => {
  rmSync(bundle, { force: true });
  rmSync(dir, { recursive: true, force: true });
});

const stderrObjects = (stderr: string) =>
  stderr
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));

describe('two terminal bots, two offices, one --db file', () => {
  it('a code booked at one office is unknown at the other for #CEK#, #BATAL# and /checkin', async () => {
    const db = join(dir, 'shared.sqlite');
    const flags = (office: string) => ['--now', NOW, '--office', office, '--db', db];
    const officeA = startBotSession(bundle, flags(writeTinyOffice(dir, 'kanim-a', 'Kantor A')));
    const officeB = startBotSession(bundle, flags(writeTinyOffice(dir, 'kanim-b', 'Kantor B')));

    const booked = await officeA.say('#BUDI#25011987#02122026');
    expect(booked.outcome).toMatchObject({ kind: 'confirmed', sessionStart: '2026-12-02T08:00:00+07:00' });
    const code = String(booked.outcome.code);

    // The same applicant's number, at the other office.
    expect((await officeB.say(`#CEK#${code}`)).outcome).toMatchObject({
      kind: 'rejected',
      reason: 'CodeNotFound',
    });
    expect((await officeB.say(`#BATAL#${code}`)).outcome).toMatchObject({
      kind: 'rejected',
      reason: 'CodeNotFound',
    });
    officeB.officer(`/checkin ${code}`);
    officeB.officer('/list 2026-12-02');
    const atB = await officeB.end();
    expect(atB.code).toBe(0);
    expect(stderrObjects(atB.stderr)).toEqual([
      { command: 'checkin', result: 'not_found', code },
      { command: 'list', date: '2026-12-02', bookings: [] },
    ]);

    // At its own office the booking is untouched: still active, and checked in there.
    expect((await officeA.say(`#CEK#${code}`)).outcome).toMatchObject({
      kind: 'status',
      code,
      state: 'active',
    });
    officeA.officer(`/checkin ${code}`);
    const atA = await officeA.end();
    expect(atA.code).toBe(0);
    expect(stderrObjects(atA.stderr)).toEqual([
      expect.objectContaining({ command: 'checkin', result: 'checked_in', code }),
    ]);
  });
});
