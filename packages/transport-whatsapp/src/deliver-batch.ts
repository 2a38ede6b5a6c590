import type { WebhookBatch } from './webhook-batch';
import type { WebhookEvent, WebhookTarget } from './webhook-types';

/**
 * Hands every update to its business number's target, in payload order, stopping at the first
 * failure. True when all were accepted: only then may the webhook answer 200. A number no
 * target serves, and an update the reader left unreadable, are logged and skipped (Meta would
 * redeliver them forever otherwise).
 */
export async function deliverBatch(
  batch: WebhookBatch,
  route: (phoneNumberId: string) => WebhookTarget | undefined,
  log: (event: WebhookEvent) => void,
): Promise<boolean> {
  for (const updates of batch) {
    const target = route(updates.phoneNumberId);
    if (target === undefined) {
      log({ type: 'UnknownBusinessNumber', phoneNumberId: updates.phoneNumberId });
      continue;
    }
    for (const skipped of updates.unreadable ?? []) {
      log({ type: 'UpdateUnreadable', phoneNumberId: updates.phoneNumberId, ...skipped });
    }
    for (const message of updates.messages) {
      const handled = await target.handle(message);
      if (handled.isErr()) {
        log({ type: 'HandleFailed', messageId: message.messageId, error: { type: handled.error.type } });
        return false;
      }
    }
    for (const status of updates.statuses) {
      const recorded = await (target.recordStatus?.(status) ?? Promise.resolve(undefined));
      if (recorded?.isErr()) {
        const error = { type: recorded.error.type };
        log({ type: 'StatusFailed', providerMessageId: status.providerMessageId, error });
        return false;
      }
    }
    const { phoneNumberId, messages, statuses } = updates;
    log({ type: 'Handled', phoneNumberId, messages: messages.length, statuses: statuses.length });
  }
  return true;
}
