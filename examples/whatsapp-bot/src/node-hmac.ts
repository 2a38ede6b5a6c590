import { createHmac } from 'node:crypto';
import type { HmacSha256 } from '@antrean/transport-whatsapp';

/**
 * HMAC-SHA256 by `node:crypto`: synchronous and a few microseconds a webhook, where Node's Web
 * Crypto `sign` (the transport's default) costs a job and a promise per call.
 */
export const nodeHmacSha256: HmacSha256 = (secret, body) =>
  createHmac('sha256', secret).update(body).digest();
