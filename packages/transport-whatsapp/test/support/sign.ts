import { createHmac } from 'node:crypto';

export const APP_SECRET = 'app-secret-for-tests';
export const WEBHOOK_URL = 'https://bot.example.org/webhook';

/** The `X-Hub-Signature-256` value Meta would send (node:crypto: an independent HMAC). */
export const signatureOf = (body: Uint8Array, secret: string = APP_SECRET): string =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** A webhook POST with the given signature header (none when undefined). */
export const post = (body: Uint8Array | string, signature: string | undefined): Request => {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature !== undefined) headers['x-hub-signature-256'] = signature;
  return new Request(WEBHOOK_URL, { method: 'POST', headers, body: bytes });
};

/** A webhook POST signed with the app secret, as Meta sends it. */
export const signedPost = (body: Uint8Array | string): Request => {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return post(bytes, signatureOf(bytes));
};
