import { errAsync, okAsync, ResultAsync } from 'neverthrow';

/** The body was longer than the limit; reading stopped there. */
export interface BodyTooLarge {
  readonly type: 'BodyTooLarge';
  readonly limit: number;
}

/** The connection failed while the body was read. */
export interface BodyUnreadable {
  readonly type: 'BodyUnreadable';
}

const tooLarge = (limit: number): BodyTooLarge => ({ type: 'BodyTooLarge', limit });

const collectSafely = ResultAsync.fromThrowable(
  (body: ReadableStream<Uint8Array> | null, limit: number) => collect(body, limit),
  (): BodyUnreadable => ({ type: 'BodyUnreadable' }),
);

/**
 * The raw body, read chunk by chunk and abandoned as soon as it passes `limit` bytes: a declared
 * Content-Length is only a hint (it can lie, or be absent with chunked encoding).
 */
export function readBody(
  request: Request,
  limit: number,
): ResultAsync<Uint8Array, BodyTooLarge | BodyUnreadable> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) return errAsync(tooLarge(limit));
  return collectSafely(request.body, limit).andThen((bytes) =>
    bytes === undefined ? errAsync(tooLarge(limit)) : okAsync(bytes),
  );
}

/** The stream's bytes joined, or undefined once they pass `limit` (the rest is cancelled unread). */
async function collect(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<Uint8Array | undefined> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
