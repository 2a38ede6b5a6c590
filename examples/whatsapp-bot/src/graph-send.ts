import type { SendReply } from '@antrean/core';
import { createSender, type Sender } from '@antrean/transport-whatsapp';

/** How the bot reaches the Graph API. */
export interface GraphSettings {
  readonly accessToken: string;
  readonly graphUrl: string;
  readonly timeoutMs: number;
}

/**
 * Sends an outbox item from its `via` business number: one transport sender per number, made on
 * first use. The transport's failures (retryable or not, with Meta's code) pass through as they are.
 */
export function graphSendReply(settings: GraphSettings): SendReply {
  const senders = new Map<string, Sender>();
  const senderFor = (phoneNumberId: string): Sender => {
    let sender = senders.get(phoneNumberId);
    if (sender === undefined) {
      sender = createSender({ ...settings, phoneNumberId });
      senders.set(phoneNumberId, sender);
    }
    return sender;
  };
  return (item) => senderFor(item.via)({ to: item.to, text: item.text });
}
