import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Applicant,
  applicant,
  BOOKING_CODE,
  ROOMY_NUMBER,
  SMALL_CAPACITY,
  SMALL_NUMBER,
  writeOfficesFile,
} from './applicants';
import { type BotProcess, removeBotCache, spawnBot, startBot } from './bot-process';
import {
  AUTH_TOKEN,
  encode,
  messageForm,
  messageOf,
  PUBLIC_URL,
  postSigned,
  postTwilio,
  signature,
} from './twilio-client';

const EMPTY = '<?xml version="1.0" encoding="UTF-8"?><Response/>';
let dir: string;
let bot: BotProcess;
const everyone: Applicant[] = [];
const who = (run: number, n: number) => {
  const person = applicant(run, n);
  everyone.push(person);
  return person;
};
/** Rows of a table in the bot's SQLite file, read beside the running bot. */
const count = (table: 'bookings' | 'messages'): number => {
  const db = new Database(join(dir, 'antrean.sqlite'), { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};
const sid = (n: number) => `SM${String(n).padStart(32, '0')}`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'antrean-twilio-bot-'));
  bot = await startBot({
    HOST: '127.0.0.1',
    PORT: '0',
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_PUBLIC_URL: PUBLIC_URL,
    ANTREAN_OFFICE_CONFIG: writeOfficesFile(dir),
    ANTREAN_SQLITE_PATH: join(dir, 'antrean.sqlite'),
  });
}, 60_000);

afterAll(async () => {
  bot?.signal('SIGKILL');
  await bot?.exited;
  removeBotCache();
  rmSync(dir, { recursive: true, force: true });
}, 30_000);

describe('the Twilio bot as a process: methods and characters no store keeps (issue 14)', () => {
  it.each(['GET', 'PUT', 'DELETE'])('answers %s /twilio with 405 and Allow: POST', async (method) => {
    const response = await fetch(`${bot.url}/twilio`, { method, body: method === 'PUT' ? 'x' : null });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('answers a booking whose Body holds a NUL (%00, dropped) with the booking code', async () => {
    const person = who(71, 1);
    const body = person.booking.replace('#25011987', '\u0000#25011987');
    const answer = await postSigned(
      bot.url,
      messageForm('whatsapp', sid(7101), person.e164, ROOMY_NUMBER, body),
    );
    expect(answer.status).toBe(200);
    expect(messageOf(answer.text)).toMatch(BOOKING_CODE);
  });

  it('answers a form whose From holds a NUL with 200 and an empty TwiML, booking nothing', async () => {
    const person = who(72, 1);
    const bookings = count('bookings');
    const form = messageForm('sms', sid(7201), `${person.e164}\u0000`, ROOMY_NUMBER, person.booking);
    const answer = await postSigned(bot.url, form);
    expect([answer.status, answer.text]).toEqual([200, EMPTY]);
    expect(count('bookings')).toBe(bookings);
  });
});

describe('the Twilio bot as a process', () => {
  it('answers a signed WhatsApp booking with TwiML carrying the code', async () => {
    const person = who(1, 1);
    const answer = await postSigned(
      bot.url,
      messageForm('whatsapp', sid(1), person.e164, ROOMY_NUMBER, person.booking),
    );
    expect(answer.status).toBe(200);
    expect(messageOf(answer.text)).toMatch(BOOKING_CODE);
  });

  it('answers an SMS booking the same, in GSM-7', async () => {
    const person = who(1, 2);
    const answer = await postSigned(
      bot.url,
      messageForm('sms', sid(2), person.e164, ROOMY_NUMBER, person.booking),
    );
    expect(answer.status).toBe(200);
    expect(messageOf(answer.text)).toMatch(BOOKING_CODE);
    expect(messageOf(answer.text)).not.toMatch(/[–—…“”‘’]/);
  });

  it('answers a redelivery with the same TwiML and books nothing new', async () => {
    const person = who(1, 3);
    const form = messageForm('sms', sid(3), person.e164, ROOMY_NUMBER, person.booking);
    const first = await postSigned(bot.url, form);
    const bookings = count('bookings');
    const again = await postSigned(bot.url, form);
    expect(again).toEqual(first);
    expect(count('bookings')).toBe(bookings);
  });

  it('refuses a forged signature with 403, a missing one with 400, and a request signed for another URL, storing nothing', async () => {
    const person = who(1, 4);
    const form = messageForm('whatsapp', sid(4), person.e164, ROOMY_NUMBER, person.booking);
    const [bookings, messages] = [count('bookings'), count('messages')];
    const answers = await Promise.all([
      postTwilio(bot.url, encode(form), signature(form, PUBLIC_URL, 'not-the-token')),
      postTwilio(bot.url, encode(form), null),
      postTwilio(bot.url, encode(form), signature(form, `${bot.url}/twilio`)),
      postTwilio(bot.url, encode(form), signature(form, 'https://other.example.org/twilio')),
    ]);
    expect(answers.map((a) => a.status)).toEqual([403, 400, 403, 403]);
    expect([count('bookings'), count('messages')]).toEqual([bookings, messages]);
  });

  it('answers hostile bodies without a 5xx and stores nothing', async () => {
    const messages = count('messages');
    const tenMiB = new Uint8Array(10 * 1024 * 1024).fill(0x61);
    const repeated = [
      ...messageForm('sms', sid(5), '+6281299004406', ROOMY_NUMBER, 'a'),
      ['Body', 'b'] as const,
    ];
    const invalid = Uint8Array.of(...new TextEncoder().encode('MessageSid=SM1&Body='), 0xff, 0xfe);
    const answers = await Promise.all([
      postTwilio(bot.url, '', signature([])),
      postTwilio(bot.url, '', null),
      postTwilio(bot.url, tenMiB, signature([])),
      postSigned(bot.url, repeated),
      postTwilio(
        bot.url,
        invalid,
        signature([
          ['MessageSid', 'SM1'],
          ['Body', '\ufffd\ufffd'],
        ]),
      ),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 400, 413, 200, 200]);
    expect([answers[0]?.text, answers[3]?.text, answers[4]?.text]).toEqual([EMPTY, EMPTY, EMPTY]);
    expect(count('messages')).toBe(messages);
  });

  it('books exactly the capacity under a burst for more applicants than places, answering each once', async () => {
    const people = Array.from({ length: SMALL_CAPACITY * 3 }, (_, n) => who(2, n));
    const answers = await Promise.all(
      people.map((person, n) =>
        postSigned(bot.url, messageForm('sms', sid(100 + n), person.e164, SMALL_NUMBER, person.booking)),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(people.map(() => 200));
    expect(answers.filter((a) => BOOKING_CODE.test(messageOf(a.text) ?? ''))).toHaveLength(SMALL_CAPACITY);
    expect(answers.every((a) => messageOf(a.text) !== undefined)).toBe(true);
  });

  it('answers /healthz and /metrics', async () => {
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    const metrics = await (await fetch(`${bot.url}/metrics`)).text();
    expect(metrics).toMatch(/antrean_messages_total\{outcome="rejected",reason="FullyBooked"\} 10/);
    expect(metrics).toMatch(/antrean_webhook_duration_seconds_count\{status="403"\} 3/);
  });

  it('logs no phone number, name or message text', () => {
    const output = bot.output();
    for (const person of everyone) {
      expect(output).not.toContain(person.e164.slice(1));
      expect(output).not.toContain(person.name);
    }
    expect(output).toContain('"msg":"webhook"');
  });

  it('stops on SIGTERM with exit code 0', async () => {
    bot.signal('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
  });
});

describe('the Twilio bot refuses to start', () => {
  it.each([
    ['without TWILIO_AUTH_TOKEN', { TWILIO_AUTH_TOKEN: '' }, 'TWILIO_AUTH_TOKEN is required'],
    [
      'with a TWILIO_PUBLIC_URL that is no URL',
      { TWILIO_PUBLIC_URL: 'bot.example.org/twilio' },
      'TWILIO_PUBLIC_URL must be an http:// or https:// URL',
    ],
    [
      'with a malformed TWILIO_ACCOUNT_SID',
      { TWILIO_ACCOUNT_SID: 'AC123' },
      'TWILIO_ACCOUNT_SID must be AC followed by 32 hexadecimal digits',
    ],
    ['with one office and no TWILIO_NUMBER', { ANTREAN_OFFICE_CONFIG: '' }, 'TWILIO_NUMBER is required'],
  ])('%s: one line naming the variable, exit code 2', async (_, overrides, line) => {
    const { child, output } = spawnBot({
      HOST: '127.0.0.1',
      PORT: '0',
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_PUBLIC_URL: PUBLIC_URL,
      ANTREAN_SQLITE_PATH: join(dir, 'refused.sqlite'),
      ...overrides,
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(output()).toContain(line);
  });
});
