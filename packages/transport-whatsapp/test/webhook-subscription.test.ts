import { createWebhookHandler } from '@antrean/transport-whatsapp';
import { describe, expect, it } from 'vitest';
import { handlerFor } from './support/handler-for';
import { APP_SECRET, WEBHOOK_URL } from './support/sign';

const get = (query: string) => new Request(`${WEBHOOK_URL}?${query}`);

describe('GET: subscription check', () => {
  const { handler } = handlerFor(() => undefined);

  it('answers the challenge when the mode and token are right', async () => {
    const response = await handler(
      get('hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444'),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('1158201444');
  });

  it.each([
    ['a wrong token', 'hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1'],
    ['a longer token', 'hub.mode=subscribe&hub.verify_token=verify-me!&hub.challenge=1'],
    ['no token', 'hub.mode=subscribe&hub.challenge=1'],
    ['another mode', 'hub.mode=unsubscribe&hub.verify_token=verify-me&hub.challenge=1'],
    ['no challenge', 'hub.mode=subscribe&hub.verify_token=verify-me'],
  ])('refuses %s with 403', async (_, query) => {
    const response = await handler(get(query));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('1');
  });

  it('refuses every token when none is configured', async () => {
    const open = createWebhookHandler({ appSecret: APP_SECRET, verifyToken: '', route: () => undefined });
    expect((await open(get('hub.mode=subscribe&hub.verify_token=&hub.challenge=1'))).status).toBe(403);
  });
});
