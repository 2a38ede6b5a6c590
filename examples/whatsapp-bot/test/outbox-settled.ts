import { waitUntil } from '@antrean/testkit';

/** The value of `sample` (a metric's name with its labels as written) in the bot's /metrics; NaN when absent. */
export async function metricValue(botUrl: string, sample: string): Promise<number> {
  const text = await (await fetch(`${botUrl}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
  return line === undefined ? Number.NaN : Number(line.slice(sample.length + 1));
}

/**
 * Waits until the bot's outbox holds no pending reply: every reply recorded so far was sent or
 * failed for good. A reply is pending from the moment it is recorded until it is marked, leased
 * or not, so after this no send of any of them can still come: the event a "no second send" check
 * needs. `what` names the replies awaited, for the failure message.
 */
export async function outboxSettled(botUrl: string, what: string): Promise<void> {
  await waitUntil(`${what}: the outbox to hold no pending reply`, async () => {
    const pending = await metricValue(botUrl, 'antrean_outbox_pending');
    return pending === 0 || `antrean_outbox_pending ${pending}`;
  });
}
