import { describe, expect, it } from 'vitest';
import type { Applicant } from './applicants';
import { outboxSettled } from './outbox-settled';
import { useRunningBot } from './running-bot';
import { ENGINES } from './test-stores';
import { postWebhook } from './webhook-client';

// Meta refusing or ignoring sends: retryable codes and timeouts are retried until the reply
// arrives, permanent codes are recorded at once and never retried.
describe.each(ENGINES)('sends Meta refuses, on %s', (engine) => {
  const running = useRunningBot(engine);
  const { bot, fake, who, book, deliveredTo } = running;

  it.each([
    [
      'refused with 130429 twice',
      [
        { kind: 'error', code: 130429 },
        { kind: 'error', code: 130429 },
      ],
      ['error', 'error', 'ok'],
    ],
    ['never answered (timeout)', [{ kind: 'silent' }], ['silent', 'ok']],
  ] as const)('retries a reply %s until it arrives', async (_case, answers, seen) => {
    const person = who(5, seen.length);
    fake().scriptFor(person.e164, ...answers);
    expect((await postWebhook(bot().url, book(person, `wamid.retried-${seen.length}`))).status).toBe(200);
    await fake().waitFor(() => deliveredTo(person).length === 1);
    const answered = fake()
      .requests.filter((r) => r.to === person.e164)
      .map((r) => r.answered);
    expect(answered).toEqual(seen);
  });

  it('records 131026 and does not retry it', async () => {
    const person = who(6, 1);
    fake().scriptFor(person.e164, { kind: 'error', code: 131026 });
    expect((await postWebhook(bot().url, book(person, 'wamid.undeliverable'))).status).toBe(200);
    await fake().waitFor(() => fake().requests.some((r) => r.to === person.e164));
    await outboxSettled(bot().url, 'the reply refused with 131026');
    expect(fake().requests.filter((r) => r.to === person.e164)).toHaveLength(1);
    const failed = bot()
      .logLines()
      .find((line) => line.event === 'failed' && line.code === '131026');
    expect(failed).toBeDefined();
  });

  it('retries every documented transient code and gives up at once on every permanent one', async () => {
    const retryable = [130429, 131056, 131057, 131000, 131016];
    const permanent = [131026, 131047, 131048, 190, 100];
    const people = [...retryable, ...permanent].map((code, n) => {
      const person = who(10, n);
      fake().scriptFor(person.e164, { kind: 'error', code });
      return person;
    });
    const answers = await Promise.all(
      people.map((person, n) => postWebhook(bot().url, book(person, `wamid.codes-${n}`))),
    );
    expect(answers.map((a) => a.status)).toEqual(people.map(() => 200));
    const tries = (person: Applicant) => fake().requests.filter((r) => r.to === person.e164).length;
    await fake().waitFor(() =>
      people.slice(0, retryable.length).every((person) => deliveredTo(person).length === 1),
    );
    await outboxSettled(bot().url, 'the replies refused with permanent codes');
    expect(people.map(tries)).toEqual([...retryable.map(() => 2), ...permanent.map(() => 1)]);
  });

  it('counts each result and code in /metrics and logs no personal data', async () => {
    const metrics = await (await fetch(`${bot().url}/metrics`)).text();
    expect(metrics).toMatch(/antrean_sends_total\{result="retry",code="130429"\} [1-9]/);
    expect(metrics).toMatch(/antrean_sends_total\{result="failed",code="131026"\} 2/);
    expect(metrics).toMatch(/antrean_sends_total\{result="sent",code=""\} [1-9]/);
    running.expectNoPersonalData();
  });
});
