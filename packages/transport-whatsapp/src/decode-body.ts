import { err, ok, type Result } from 'neverthrow';
import type { PayloadUnreadable } from './webhook-batch';

const utf8 = new TextDecoder('utf-8', { fatal: true });

const unreadable = (problem: 'encoding' | 'json', detail: string): PayloadUnreadable => ({
  type: 'PayloadUnreadable',
  problem,
  detail,
});

/** The body's JSON value: bytes that are not UTF-8 or not JSON are unreadable, never an exception. */
export function decodeBody(bytes: Uint8Array): Result<unknown, PayloadUnreadable> {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return err(unreadable('encoding', 'body is not UTF-8'));
  }
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    return err(unreadable('json', `body is not JSON (${bytes.byteLength} bytes)`));
  }
}
