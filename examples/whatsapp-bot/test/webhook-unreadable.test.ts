import { describe, expect, it } from 'vitest';
import { BOOKING_CODE, ROOMY_NUMBER } from './applicants';
import { MYSQL_URL } from './mysql-database';
import { useRunningBot } from './running-bot';
import type { Engine } from './test-stores';
import { messagesPayload, postWebhook, signature, statusPayload } from './webhook-client';

/**
 * Issue 14: what a running bot answers for a method the webhook does not take, and for a signed
 * payload with a field no store can keep (a NUL, which PostgreSQL's `text` refuses, or a lone
 * surrogate). Both engines always: PostgreSQL is the one that refused (PGlite when no server is set);
 * MySQL too when ANTREAN_TEST_MYSQL_URL names a server.
 */
const engines: readonly Engine[] = ['sqlite', 'postgres', ...(MYSQL_URL ? (['mysql'] as const) : [])];

describe.each(engines)('the WhatsApp bot on %s', (engine) => {
  const running = useRunningBot(engine);
  const { bot, who, deliveredTo } = running;
  const fake = () => running.fake();
  /** The bot's log lines for skipped updates. */
  const unreadableLogged = () =>
    bot()
      .logLines()
      .filter((line) => line.event === 'UpdateUnreadable');

  it.each(['PUT', 'DELETE', 'PATCH'])('answers %s /webhook with 405 and Allow: GET, POST', async (method) => {
    const response = await fetch(`${bot().url}/webhook`, { method, body: method === 'DELETE' ? null : '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST');
  });

  it.each([
    ['a NUL', '\u0000', 61],
    ['a lone surrogate', '\uD800', 62],
  ])('skips a message whose id holds %s, books the other in the payload: 200', async (_, bad, run) => {
    const good = who(run, 1);
    const skipped = who(run, 2);
    const body = messagesPayload(ROOMY_NUMBER, [
      { from: skipped.waId, id: `wamid.bad-${run}${bad}`, text: skipped.booking },
      { from: good.waId, id: `wamid.good-${run}`, text: good.booking },
    ]);
    expect((await postWebhook(bot().url, body)).status).toBe(200);
    await fake().waitFor(() => deliveredTo(good).length === 1);
    expect(deliveredTo(good)[0]?.text).toMatch(BOOKING_CODE);
    await expect
      .poll(unreadableLogged)
      .toContainEqual(expect.objectContaining({ kind: 'message', field: 'id', index: 0 }));
    // The line says it was skipped before anything handled it, so no reply can follow for it.
    expect(deliveredTo(skipped)).toEqual([]);
    expect(bot().output()).not.toContain(`wamid.bad-${run}`);
    running.expectNoPersonalData();
  });

  it('skips a message whose sender holds a NUL, and answers the other: 200', async () => {
    const good = who(63, 1);
    const skipped = who(63, 2);
    const body = messagesPayload(ROOMY_NUMBER, [
      { from: `${skipped.waId}\u0000`, id: 'wamid.from-63-1', text: skipped.booking },
      { from: good.waId, id: 'wamid.from-63-2', text: good.booking },
    ]);
    expect((await postWebhook(bot().url, body)).status).toBe(200);
    await fake().waitFor(() => deliveredTo(good).length === 1);
    await expect
      .poll(unreadableLogged)
      .toContainEqual(expect.objectContaining({ kind: 'message', field: 'from', index: 0 }));
    expect(deliveredTo(skipped)).toEqual([]);
    expect(bot().output()).not.toContain(skipped.waId);
  });

  it('answers a message whose text holds a NUL (dropped): 200 and a booking', async () => {
    const person = who(64, 1);
    const text = person.booking.replace('#25011987', '\u0000#25011987');
    const body = messagesPayload(ROOMY_NUMBER, [{ from: person.waId, id: 'wamid.text-64', text }]);
    expect((await postWebhook(bot().url, body)).status).toBe(200);
    await fake().waitFor(() => deliveredTo(person).length === 1);
    expect(deliveredTo(person)[0]?.text).toMatch(BOOKING_CODE);
  });

  it('skips a delivery report whose id holds a NUL: 200', async () => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const body = statusPayload(ROOMY_NUMBER, { id: 'wamid.status\u0000', status: 'read', timestamp });
    const response = await postWebhook(bot().url, body, signature(body));
    expect(response.status).toBe(200);
    await expect
      .poll(unreadableLogged)
      .toContainEqual(expect.objectContaining({ kind: 'status', field: 'id', index: 0 }));
  });
});
