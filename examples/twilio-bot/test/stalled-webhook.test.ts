import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stalledPost } from '../../../packages/bot-host/test/support/stalled-request';
import { startTwilioBot } from '../src/start-bot';

describe('the Twilio bot and a webhook body that stops arriving', () => {
  const dir = mkdtempSync(join(tmpdir(), 'antrean-stalled-twilio-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers 408 and closes the connection within about ANTREAN_REQUEST_BODY_TIMEOUT_MS', async () => {
    const bot = (
      await startTwilioBot({
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'silent',
        ANTREAN_SQLITE_PATH: join(dir, 'antrean.sqlite'),
        ANTREAN_REQUEST_BODY_TIMEOUT_MS: '500',
        TWILIO_AUTH_TOKEN: 'auth-token',
        TWILIO_PUBLIC_URL: 'https://bot.example.org/twilio',
        TWILIO_NUMBER: '+14155238886',
      })
    )._unsafeUnwrap();
    try {
      const answer = await stalledPost(bot.port, {
        path: '/twilio',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': Buffer.alloc(20).toString('base64'),
        },
        partialBody: 'From=whatsapp%3A%2B6281',
      });
      expect(answer.text).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
      expect(answer.closedAfterMs).toBeLessThan(2_500);
    } finally {
      for (const step of bot.shutdownSteps) await step.run();
    }
  });
});
