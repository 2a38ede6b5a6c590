import type { InboundMessage } from '@antrean/core';
import { err, ok, type Result } from 'neverthrow';
import { messagesValueSchema, webhookSchema } from './payload-schema';
import { readMessage, readStatus } from './read-message';
import type {
  DeliveryStatus,
  NumberUpdates,
  PayloadUnreadable,
  UnreadableUpdate,
  WebhookBatch,
} from './webhook-batch';

interface Collected {
  messages: InboundMessage[];
  statuses: DeliveryStatus[];
  unreadable: UnreadableUpdate[];
}

const shapeError = (detail: string): PayloadUnreadable => ({
  type: 'PayloadUnreadable',
  problem: 'shape',
  detail,
});

/** Where in the payload a schema failed (paths only: never values, which may be personal). */
const issuePaths = (issues: readonly { path: readonly PropertyKey[] }[]): string =>
  issues
    .slice(0, 3)
    .map((issue) => issue.path.map(String).join('.') || '(root)')
    .join(', ');

/**
 * Reads a parsed webhook body into the updates of each business number: every entry, change,
 * message and status, in order. A message id seen twice in one payload is read once, a status
 * once per (id, state). Changes of other fields are skipped. Never throws, whatever `json` is.
 */
export function readPayload(json: unknown): Result<WebhookBatch, PayloadUnreadable> {
  const envelope = webhookSchema.safeParse(json);
  if (!envelope.success) return err(shapeError(issuePaths(envelope.error.issues)));
  const numbers = new Map<string, Collected>();
  const seen = new Set<string>();
  for (const entry of envelope.data.entry) {
    for (const change of entry.changes) {
      if (change.field !== 'messages') continue;
      const value = messagesValueSchema.safeParse(change.value);
      if (!value.success) return err(shapeError(`changes.value: ${issuePaths(value.error.issues)}`));
      const id = value.data.metadata.phone_number_id;
      const collected = numbers.get(id) ?? { messages: [], statuses: [], unreadable: [] };
      numbers.set(id, collected);
      for (const [index, fields] of (value.data.messages ?? []).entries()) {
        const message = readMessage(fields);
        if (message && 'field' in message) collected.unreadable.push({ kind: 'message', index, ...message });
        else if (message && once(seen, `m:${message.messageId}`)) collected.messages.push(message);
      }
      for (const [index, fields] of (value.data.statuses ?? []).entries()) {
        const status = readStatus(fields);
        if (status && 'field' in status) collected.unreadable.push({ kind: 'status', index, ...status });
        else if (status && once(seen, `s:${status.providerMessageId}:${status.state}`))
          collected.statuses.push(status);
      }
    }
  }
  return ok([...numbers].map(([phoneNumberId, c]) => numberUpdates(phoneNumberId, c)));
}

/** One number's updates; `unreadable` only when something was skipped. */
const numberUpdates = (phoneNumberId: string, { unreadable, ...read }: Collected): NumberUpdates =>
  unreadable.length === 0 ? { phoneNumberId, ...read } : { phoneNumberId, ...read, unreadable };

/** True the first time `key` is met. */
function once(seen: Set<string>, key: string): boolean {
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}
