import { createHmac } from 'node:crypto';

export const AUTH_TOKEN = 'twilio-auth-token-for-tests';
export const PUBLIC_URL = 'https://bot.example.org/twilio';
/** What the request looks like behind a reverse proxy: another host and scheme than Twilio signed. */
export const INTERNAL_URL = 'http://10.0.0.7:8080/twilio';

/** Form fields as sent, repeated names kept. */
export type Fields = readonly (readonly [string, string])[];

/**
 * The `X-Twilio-Signature` Twilio would send (node:crypto, an independent HMAC), written from its
 * documented algorithm: URL, then names sorted, each name's distinct values sorted.
 */
export function signatureOf(url: string, fields: Fields, token: string = AUTH_TOKEN): string {
  const names = [...new Set(fields.map(([name]) => name))].sort();
  let data = url;
  for (const name of names) {
    const values = [...new Set(fields.filter(([key]) => key === name).map(([, value]) => value))].sort();
    for (const value of values) data += name + value;
  }
  return createHmac('sha1', token).update(data, 'utf8').digest('base64');
}

/** The fields of a form body as a WHATWG reader gives them (invalid UTF-8 replaced). */
export const fieldsOf = (body: Uint8Array): Fields => [
  ...new URLSearchParams(new TextDecoder().decode(body)).entries(),
];

/** A webhook POST as it reaches the app behind the proxy, with the given signature (none when undefined). */
export const post = (body: Uint8Array | string, signature: string | undefined): Request => {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (signature !== undefined) headers['x-twilio-signature'] = signature;
  return new Request(INTERNAL_URL, { method: 'POST', headers, body: bytes });
};

/** A webhook POST signed for the public URL, as Twilio sends it. */
export const signedPost = (body: Uint8Array | string, url: string = PUBLIC_URL): Request => {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return post(bytes, signatureOf(url, fieldsOf(bytes)));
};

/** A form body from fields, encoded as Twilio does. */
export const formBody = (fields: Fields): string =>
  new URLSearchParams(fields.map(([k, v]): [string, string] => [k, v])).toString();
