import { createHmac } from 'node:crypto';

/** The Meta app secret every test bot is started with. */
export const APP_SECRET = 'test-app-secret';

/** One inbound text message of a payload. */
export interface TextMessage {
  readonly from: string;
  readonly id: string;
  readonly text: string;
}

/** Meta's envelope around one change's `value` for business number `phoneNumberId`. */
const envelope = (phoneNumberId: string, value: Record<string, unknown>): string =>
  JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: phoneNumberId },
              ...value,
            },
          },
        ],
      },
    ],
  });

/** A `messages` webhook payload to business number `phoneNumberId`, as Meta sends it. */
export function messagesPayload(phoneNumberId: string, messages: readonly TextMessage[]): string {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return envelope(phoneNumberId, {
    contacts: messages.map((m) => ({ profile: { name: 'Applicant' }, wa_id: m.from })),
    messages: messages.map((m) => ({
      from: m.from,
      id: m.id,
      timestamp,
      type: 'text',
      text: { body: m.text },
    })),
  });
}

/** A delivery report (`statuses[]` entry) for a reply sent from `phoneNumberId`. */
export const statusPayload = (phoneNumberId: string, status: Record<string, unknown>): string =>
  envelope(phoneNumberId, { statuses: [status] });

/** `sha256=<hex>` over the body, keyed with `secret`. */
export const signature = (body: string, secret = APP_SECRET): string =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** POSTs `body` to the bot's webhook with the given signature header (none when null). */
export async function postWebhook(
  baseUrl: string,
  body: string,
  signatureHeader: string | null = signature(body),
): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signatureHeader !== null) headers['x-hub-signature-256'] = signatureHeader;
  return fetch(`${baseUrl}/webhook`, { method: 'POST', headers, body });
}
