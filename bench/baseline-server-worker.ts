/**
 * The webhook benchmark's baseline: the bot's HTTP stack (Hono on @hono/node-server) checking the
 * signature and answering 200, with no booking behind it. Listens on HOST:PORT.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { APP_SECRET } from './whatsapp-bot';

const app = new Hono();
app.get('/webhook', (c) => c.text('ok'));
app.post('/webhook', async (c) => {
  const body = await c.req.text();
  const expected = Buffer.from(`sha256=${createHmac('sha256', APP_SECRET).update(body).digest('hex')}`);
  const given = Buffer.from(c.req.header('x-hub-signature-256') ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return c.text('bad signature', 401);
  JSON.parse(body);
  return c.text('EVENT_RECEIVED');
});
const server = serve({
  fetch: app.fetch,
  hostname: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT),
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
