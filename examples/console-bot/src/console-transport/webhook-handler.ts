import { readBody } from '@antrean/webhook-kit';
import { DEFAULT_MAX_BODY_BYTES } from './channel';
import { createLineReceiver, type LineReceiverOptions } from './line-receiver';

/** How to build the web-standard form of the console transport. */
export interface WebhookHandlerOptions extends LineReceiverOptions {
  /** Bodies longer than this many bytes are refused with 413 (default 1 MiB). */
  readonly maxBodyBytes?: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const text = (status: number, body: string): Response =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/**
 * The console transport behind the web-standard contract every transport exports: a POST whose
 * body is typed lines, answered with the replies (a blank line between them). It is how the
 * transport conformance suite drives the console; the terminal itself feeds lines one at a time.
 * No signature: whoever types at the terminal already runs the bot. Session commands are not
 * read here (there is no session); a body that is not UTF-8 delivers nothing (200), a failing
 * target is 500. The body is read under the size limit as the webhook transports read theirs.
 */
export function createWebhookHandler(
  options: WebhookHandlerOptions,
): (request: Request) => Promise<Response> {
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const receive = createLineReceiver(options);
  return async (request) => {
    if (request.method !== 'POST') return text(405, 'method not allowed');
    const bytes = await readBody(request, limit);
    if (bytes.isErr())
      return bytes.error.type === 'BodyTooLarge' ? text(413, 'payload too large') : text(400, 'unreadable');
    let body: string;
    try {
      body = utf8.decode(bytes.value);
    } catch {
      return text(200, '');
    }
    const replies: string[] = [];
    for (const line of body.split('\n')) {
      const outcome = await receive(line);
      if (outcome.type === 'Failed') return text(500, 'not handled');
      if (outcome.type === 'Answered') replies.push(outcome.reply.text);
    }
    return text(200, replies.join('\n\n'));
  };
}
