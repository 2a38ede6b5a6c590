import { describe, expect, it } from 'vitest';
import { type Applicant, BOOKING_CODE } from './applicants';
import { MYSQL_SKIP_REASON, MYSQL_URL } from './mysql-database';
import { outboxSettled } from './outbox-settled';
import { useRunningBot } from './running-bot';
import { postWebhook } from './webhook-client';

// Bookings, the burst that fills a day exactly and redelivery run on MySQL in webhook-flow.test.ts
// (ENGINES holds 'mysql' when the variable is set); this file is the fault only a server has.
if (MYSQL_URL === undefined)
  it.skip(`the WhatsApp bot on MySQL, connections killed: ${MYSQL_SKIP_REASON}`, () => {});

describe.runIf(MYSQL_URL)('the WhatsApp bot on MySQL with its connections killed mid-burst', () => {
  const running = useRunningBot('mysql');
  const { bot, fake, who, book, deliveredTo } = running;

  /** Meta's side: delivers `person`'s message, and again after every answer but 200, as Meta
   * retries; `first` gets the first answer's promise at once. Every status, in order. */
  const deliver = async (person: Applicant, n: number, first: Promise<unknown>[]): Promise<number[]> => {
    const body = book(person, `wamid.kill-${n}`);
    const answered = postWebhook(bot().url, body).then((r) => r.status);
    first.push(answered);
    const statuses = [await answered];
    while (statuses.at(-1) !== 200) statuses.push((await postWebhook(bot().url, body)).status);
    return statuses;
  };

  it('keeps running, fails only the calls in flight, and answers every applicant exactly once', async () => {
    // Meta is down during the burst, so no reply is sent while connections die: each applicant's
    // one send comes afterwards, from the outbox, and a second would be a booking or reply twice.
    fake().setDefault({ kind: 'unavailable' });
    const people = Array.from({ length: 60 }, (_, n) => who(9, n));
    const firstAnswers: Promise<unknown>[] = [];
    const deliveries = people.map((person, n) => deliver(person, n, firstAnswers));
    // Kill every connection to the bot's database, again and again, until each first delivery is answered.
    let answered = false;
    const burst = Promise.all(firstAnswers).then(() => {
      answered = true;
    });
    const kill = running.store().killConnections!;
    let killed = 0;
    while (!answered) killed += await kill();
    await burst;
    const statuses = await Promise.all(deliveries);

    // Connections were killed under calls, not only between them: some delivery failed and was redelivered.
    expect(killed).toBeGreaterThan(0);
    expect(statuses.some((s) => s.length > 1)).toBe(true);
    // A webhook whose store call failed answers 500 (Meta redelivers); every applicant ends on a 200.
    expect(
      statuses.filter((s) => s.at(-1) !== 200 || s.slice(0, -1).some((status) => status !== 500)),
    ).toEqual([]);
    expect((await fetch(`${bot().url}/healthz`)).status).toBe(200);

    fake().setDefault({ kind: 'ok' });
    await fake().waitFor(() => people.every((person) => deliveredTo(person).length > 0), 30_000);
    await outboxSettled(bot().url, 'the replies to the burst');
    expect(people.map((person) => deliveredTo(person).length)).toEqual(people.map(() => 1));
    const codes = new Set(people.map((person) => BOOKING_CODE.exec(deliveredTo(person)[0]?.text ?? '')?.[0]));
    expect(codes.has(undefined)).toBe(false);
    expect(codes.size).toBe(people.length);
    running.expectNoPersonalData();
  });
});
