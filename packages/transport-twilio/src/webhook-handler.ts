import { readBody } from '@antrean/webhook-kit';
import { err } from 'neverthrow';
import { DEFAULT_MAX_BODY_BYTES } from './channel';
import { parseForm } from './form';
import { NOT_UTF8, readPayload } from './read-payload';
import { SIGNATURE_HEADER, signatureBytes, verifySignature } from './signature';
import { replyText } from './sms-text';
import { twimlResponse } from './twiml';
import type { WebhookEvent, WebhookHandler, WebhookHandlerOptions } from './webhook-types';

const text = (status: number, body: string, headers: Record<string, string> = {}): Response =>
  new Response(body, { status, headers: { 'content-type': 'text/plain', ...headers } });

/**
 * The Twilio messaging webhook: POST only. A missing `X-Twilio-Signature` is 400 and a malformed
 * one 403, both before the body is read; a body over `maxBodyBytes` 413; a signature that does
 * not match the public URL and every field 403. A signed form that cannot be read, or is for a
 * number `route` does not serve, gets an empty `<Response/>`. Otherwise the message goes to its
 * target and the reply comes back as TwiML (GSM-7 for SMS); a failing target gets 500.
 */
export function createWebhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  const log = options.log ?? (() => {});
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const now = options.now ?? (() => new Date());
  const key = { authToken: options.authToken, publicUrl: options.publicUrl };

  const receive = async (request: Request): Promise<Response> => {
    const body = await readBody(request, limit);
    if (body.isErr()) {
      log(body.error);
      return body.error.type === 'BodyTooLarge'
        ? text(413, 'payload too large')
        : text(400, 'unreadable body');
    }
    const signed = await verifySignature(body.value, request.headers, key);
    if (signed.isErr()) {
      log(signed.error);
      return text(403, 'invalid signature');
    }
    const form = parseForm(body.value);
    const payload = form.wellFormed ? readPayload(form.fields, now()) : err(NOT_UTF8);
    if (payload.isErr()) {
      log(payload.error);
      return twimlResponse('');
    }
    const { to, channel, message } = payload.value;
    const target = options.route(to, channel);
    if (target === undefined) {
      log({ type: 'UnknownReceivingNumber', channel });
      return twimlResponse('');
    }
    const handled = await target.handle(message);
    if (handled.isErr()) {
      log({ type: 'HandleFailed', messageId: message.messageId, error: { type: handled.error.type } });
      return text(500, 'not handled');
    }
    log({ type: 'Handled', channel, messageId: message.messageId });
    return twimlResponse(replyText(channel, handled.value.text));
  };

  return async (request) => {
    try {
      if (request.method !== 'POST') return text(405, 'method not allowed', { allow: 'POST' });
      // A missing or malformed header is refused before a byte of the body is read.
      const claimed = signatureBytes(request.headers.get(SIGNATURE_HEADER));
      if (typeof claimed === 'string') {
        log({ type: 'SignatureRefused', problem: claimed });
        return claimed === 'missing' ? text(400, 'missing signature') : text(403, 'invalid signature');
      }
      return await receive(request);
    } catch (cause) {
      log({ type: 'HandlerFailed', cause } satisfies WebhookEvent);
      return text(500, 'internal error');
    }
  };
}
