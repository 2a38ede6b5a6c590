import { constantTimeEqual } from '@antrean/webhook-kit';
import { errAsync, okAsync, ResultAsync } from 'neverthrow';

/** The header Meta signs each webhook POST with. */
export const SIGNATURE_HEADER = 'x-hub-signature-256';

/** Anything that answers header lookups by name, as `Headers` does. */
export interface HeaderReader {
  get(name: string): string | null;
}

/** Why a webhook's signature was refused; the handler answers 401 to each. */
export interface SignatureRefused {
  readonly type: 'SignatureRefused';
  readonly problem: 'missing' | 'malformed' | 'wrong';
}

const SIGNATURE_FORMAT = /^sha256=([0-9a-fA-F]{64})$/;
const encoder = new TextEncoder();

/** The 32 bytes a well-formed header carries, or the problem with the header. */
export function signatureBytes(header: string | null): Uint8Array | 'missing' | 'malformed' {
  if (header === null || header.trim() === '') return 'missing';
  const hex = SIGNATURE_FORMAT.exec(header.trim())?.[1];
  if (hex === undefined) return 'malformed';
  const bytes = new Uint8Array(32);
  for (let index = 0; index < 32; index += 1) {
    bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  }
  return bytes;
}

const refused = (problem: SignatureRefused['problem']): SignatureRefused => ({
  type: 'SignatureRefused',
  problem,
});

// Importing the key is a Web Crypto job of its own: done once per secret, not once per webhook.
// A deployment has one secret (a few while rotating), so the cache stays tiny; a failed import
// is forgotten so the next webhook tries again.
const MAX_CACHED_KEYS = 8;
type HmacKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;
const keys = new Map<string, Promise<HmacKey>>();

const hmacKey = (secret: string): Promise<HmacKey> => {
  const cached = keys.get(secret);
  if (cached !== undefined) return cached;
  if (keys.size >= MAX_CACHED_KEYS) keys.clear();
  const key = crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  keys.set(secret, key);
  key.catch(() => keys.delete(secret));
  return key;
};

/**
 * HMAC-SHA256 of `body` keyed with `secret`. The default is Web Crypto, which runs anywhere; a
 * host on Node can pass `node:crypto`'s `createHmac`, which costs far less per webhook there.
 */
export type HmacSha256 = (secret: string, body: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/** The Web Crypto HMAC-SHA256 the handler uses unless given another. */
const webCryptoHmacSha256: HmacSha256 = async (secret, body) =>
  new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(secret), body));

const hmacWith = ResultAsync.fromThrowable(
  async (hmac: HmacSha256, secret: string, body: Uint8Array): Promise<Uint8Array> => hmac(secret, body),
  () => refused('wrong'),
);

/**
 * Checks `X-Hub-Signature-256: sha256=<hex>` against the HMAC-SHA256 of the raw body keyed with
 * the app secret (computed by `hmac`, Web Crypto by default), compared in constant time. Works on bytes, before any parsing, so nothing unsigned is
 * ever read. Depends only on its arguments (the key imported from `secret` is kept for reuse).
 */
export function verifySignature(
  rawBody: Uint8Array,
  headers: HeaderReader,
  secret: string,
  hmac: HmacSha256 = webCryptoHmacSha256,
): ResultAsync<void, SignatureRefused> {
  const claimed = signatureBytes(headers.get(SIGNATURE_HEADER));
  if (typeof claimed === 'string') return errAsync(refused(claimed));
  return hmacWith(hmac, secret, rawBody).andThen((expected) =>
    constantTimeEqual(claimed, expected) ? okAsync(undefined) : errAsync(refused('wrong')),
  );
}
