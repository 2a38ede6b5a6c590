/**
 * Identifies one inbound message for deduplication: providers redeliver with the same id. Some
 * providers (Telegram) number messages per chat, so the id is unique only per channel and sender.
 */
export interface MessageKey {
  /** The transport's name, e.g. `whatsapp`, `twilio-sms`, `console`. */
  readonly channel: string;
  /**
   * Who sent it: E.164 when the number could be read, else the raw `from` cleaned of control
   * characters and cut to 64 characters (the same value as `HandledMessage.to`).
   */
  readonly sender: string;
  /** The provider's message id. */
  readonly messageId: string;
}
