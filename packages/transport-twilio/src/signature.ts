import { constantTimeEqual } from '@antrean/webhook-kit';
import { errAsync, okAsync, ResultAsync } from 'neverthrow';
import { parseForm } from './form';
import { signatureBase, urlVariants } from './signature-base';

/** The header Twilio signs each webhook request with. */
export const SIGNATURE_HEADER = 'x-twilio-signature';

/** Anything that answers header lookups by name, as `Headers` does. */
export interface HeaderReader {
  get(name: string): string | null;
}

/** What a Twilio signature is computed with. */
export interface SignatureKey {
  /** The account's Auth Token: the HMAC-SHA1 key. */
  readonly authToken: string;
  /**
   * The webhook URL exactly as configured in Twilio's console, query string included. Never
   * taken from the request: behind a reverse proxy its Host and scheme are not what Twilio signed.
   */
  readonly publicUrl: string;
}

/** Why a webhook's signature was refused: `missing` is answered 400, the others 403. */
export interface SignatureRefused {
  readonly type: 'SignatureRefused';
  readonly problem: 'missing' | 'malformed' | 'wrong';
}

const SIGNATURE_FORMAT = /^[A-Za-z0-9+/]{27}=$/;
const encoder = new TextEncoder();

const refused = (problem: SignatureRefused['problem']): SignatureRefused => ({
  type: 'SignatureRefused',
  problem,
});

/** The 20 bytes a well-formed header carries (base64 of an HMAC-SHA1), or the problem with it. */
export function signatureBytes(header: string | null): Uint8Array | 'missing' | 'malformed' {
  if (header === null || header.trim() === '') return 'missing';
  const text = header.trim();
  if (!SIGNATURE_FORMAT.test(text)) return 'malformed';
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

const hmacSha1 = ResultAsync.fromThrowable(
  async (authToken: string, texts: readonly string[]): Promise<Uint8Array[]> => {
    const key = await crypto.subtle.importKey(
      'raw',
      encoder.encode(authToken),
      { name: 'HMAC', hash: 'SHA-1' },
      false,
      ['sign'],
    );
    const signed = await Promise.all(
      texts.map((text) => crypto.subtle.sign('HMAC', key, encoder.encode(text))),
    );
    return signed.map((bytes) => new Uint8Array(bytes));
  },
  () => refused('wrong'),
);

/**
 * Checks `X-Twilio-Signature` against the HMAC-SHA1 (keyed with the Auth Token) of the public URL
 * followed by every field of the form body, repeated names included. Each accepted form of the
 * URL (default port written or not) is computed and compared in full, in constant time, so the
 * time taken reveals nothing about a forged signature. An empty Auth Token refuses everything.
 */
export function verifySignature(
  rawBody: Uint8Array,
  headers: HeaderReader,
  key: SignatureKey,
): ResultAsync<void, SignatureRefused> {
  const claimed = signatureBytes(headers.get(SIGNATURE_HEADER));
  if (typeof claimed === 'string') return errAsync(refused(claimed));
  if (key.authToken === '') return errAsync(refused('wrong'));
  const { fields } = parseForm(rawBody);
  const bases = urlVariants(key.publicUrl).map((url) => signatureBase(url, fields));
  return hmacSha1(key.authToken, bases).andThen((expected) => {
    const matches = expected.map((bytes) => constantTimeEqual(claimed, bytes));
    return matches.includes(true) ? okAsync(undefined) : errAsync(refused('wrong'));
  });
}
