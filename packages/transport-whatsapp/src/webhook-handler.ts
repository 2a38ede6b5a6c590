import { readBody } from '@antrean/webhook-kit';
import { DEFAULT_MAX_BODY_BYTES } from './channel';
import { decodeBody } from './decode-body';
import { deliverBatch } from './deliver-batch';
import { readPayload } from './read-payload';
import { SIGNATURE_HEADER, signatureBytes, verifySignature } from './signature';
import { verifySubscription } from './verify-subscription';
import type { WebhookEvent, WebhookHandler, WebhookHandlerOptions } from './webhook-types';

const text = (status: number, body: string, headers: Record<string, string> = {}): Response =>
  new Response(body, { status, headers: { 'content-type': 'text/plain', ...headers } });

/**
 * The webhook endpoint: GET answers Meta's subscription check; POST checks the signature over
 * the raw bytes (401), reads at most `maxBodyBytes` (413), then answers 200 for anything signed
 * that it cannot read or route (Meta retries any other answer for days), 200 once every update
 * was accepted by its target, and 500 when a target failed, so Meta redelivers the payload.
 */
export function createWebhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  const log = options.log ?? (() => {});
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  const receive = async (request: Request): Promise<Response> => {
    const body = await readBody(request, limit);
    if (body.isErr()) {
      log(body.error);
      return body.error.type === 'BodyTooLarge'
        ? text(413, 'payload too large')
        : text(400, 'unreadable body');
    }
    const signed = await verifySignature(body.value, request.headers, options.appSecret, options.hmac);
    if (signed.isErr()) {
      log(signed.error);
      return text(401, 'invalid signature');
    }
    const batch = decodeBody(body.value).andThen(readPayload);
    if (batch.isErr()) {
      log(batch.error);
      return text(200, 'ignored');
    }
    const delivered = await deliverBatch(batch.value, options.route, log);
    return delivered ? text(200, 'ok') : text(500, 'not handled, redeliver');
  };

  return async (request) => {
    try {
      if (request.method === 'GET') return verifySubscription(new URL(request.url), options.verifyToken);
      if (request.method !== 'POST') return text(405, 'method not allowed', { allow: 'GET, POST' });
      // A missing or malformed header is refused before a byte of the body is read.
      const claimed = signatureBytes(request.headers.get(SIGNATURE_HEADER));
      if (typeof claimed === 'string') {
        log({ type: 'SignatureRefused', problem: claimed });
        return text(401, 'invalid signature');
      }
      return await receive(request);
    } catch (cause) {
      log({ type: 'HandlerFailed', cause } satisfies WebhookEvent);
      return text(500, 'internal error');
    }
  };
}
