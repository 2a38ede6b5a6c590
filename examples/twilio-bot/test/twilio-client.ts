import { createHmac } from 'node:crypto';

export const AUTH_TOKEN = 'twilio-bot-test-token';
/** What the test bots are told Twilio calls; the tests reach them on 127.0.0.1 instead, as a proxy would. */
export const PUBLIC_URL = 'https://bot.example.org/twilio';

/** Form fields as posted, repeated names kept. */
export type Fields = readonly (readonly [string, string])[];

/** Twilio's signature of `fields` for `url` (URL, then names sorted, each name's distinct values sorted). */
export function signature(fields: Fields, url: string = PUBLIC_URL, token: string = AUTH_TOKEN): string {
  const names = [...new Set(fields.map(([name]) => name))].sort();
  let data = url;
  for (const name of names) {
    for (const value of [...new Set(fields.filter(([k]) => k === name).map(([, v]) => v))].sort())
      data += name + value;
  }
  return createHmac('sha1', token).update(data, 'utf8').digest('base64');
}

/** The form Twilio posts for a message from `from` to `to` over `channel`. */
export function messageForm(
  channel: 'whatsapp' | 'sms',
  sid: string,
  from: string,
  to: string,
  body: string,
): Fields {
  const address = (number: string) => (channel === 'whatsapp' ? `whatsapp:${number}` : number);
  return [
    ['SmsMessageSid', sid],
    ['NumMedia', '0'],
    ['SmsSid', sid],
    ['SmsStatus', 'received'],
    ['Body', body],
    ['To', address(to)],
    ['NumSegments', '1'],
    ['MessageSid', sid],
    ['AccountSid', 'AC0123456789abcdef0123456789abcdef'],
    ['From', address(from)],
    ['ApiVersion', '2010-04-01'],
  ];
}

/** A form body, encoded as Twilio does. */
export const encode = (fields: Fields): string =>
  new URLSearchParams(fields.map(([k, v]): [string, string] => [k, v])).toString();

/** POSTs `body` to the bot's `/twilio` with `signature` (none when null); the status and TwiML. */
export async function postTwilio(
  botUrl: string,
  body: string | Uint8Array,
  signatureHeader: string | null,
): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (signatureHeader !== null) headers['x-twilio-signature'] = signatureHeader;
  const response = await fetch(`${botUrl}/twilio`, { method: 'POST', headers, body });
  return { status: response.status, text: await response.text() };
}

/** POSTs `fields` signed as Twilio signs them for the public URL. */
export const postSigned = (botUrl: string, fields: Fields) =>
  postTwilio(botUrl, encode(fields), signature(fields));

/** The text of a TwiML answer's `<Message>`, or undefined for `<Response/>`. */
export const messageOf = (twiml: string): string | undefined =>
  /<Message>([\s\S]*)<\/Message>/.exec(twiml)?.[1];
