import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stalledPost } from '../../../packages/bot-host/test/support/stalled-request';
import { startWhatsAppBot } from '../src/start-bot';

describe('the WhatsApp bot and a webhook body that stops arriving', () => {
  const dir = mkdtempSync(join(tmpdir(), 'antrean-stalled-webhook-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers 408 and closes the connection within about ANTREAN_REQUEST_BODY_TIMEOUT_MS', async () => {
    const bot = (
      await startWhatsAppBot({
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'silent',
        ANTREAN_SQLITE_PATH: join(dir, 'antrean.sqlite'),
        ANTREAN_REQUEST_BODY_TIMEOUT_MS: '500',
        WHATSAPP_APP_SECRET: 'app-secret',
        WHATSAPP_VERIFY_TOKEN: 'verify-token',
        WHATSAPP_ACCESS_TOKEN: 'access-token',
        WHATSAPP_PHONE_NUMBER_ID: '106540352242922',
      })
    )._unsafeUnwrap();
    try {
      const answer = await stalledPost(bot.port, {
        path: '/webhook',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` },
        partialBody: '{"object":"whatsapp_business_account","entry":[',
      });
      expect(answer.text).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
      expect(answer.closedAfterMs).toBeLessThan(2_500);
    } finally {
      for (const step of bot.shutdownSteps) await step.run();
    }
  });
});
