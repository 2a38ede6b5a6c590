/** One message from an applicant, in the shape every transport converts its provider's payload to. */
export interface InboundMessage {
  /** The transport's name (the inbound endpoint), part of the deduplication key with the sender and id. */
  readonly channel: string;
  /** The provider's id for this message; redeliveries carry the same id (unique per sender is enough). */
  readonly messageId: string;
  /** The sender's number as the provider gives it (any form; the core normalizes it). */
  readonly from: string;
  readonly text: string;
  /** When the message reached us (or the provider's timestamp). */
  readonly receivedAt: Date;
  /**
   * Set by transports that send replies through their provider's API (WhatsApp Cloud API): the
   * business number id (or sender number) to send from. The reply is then recorded as pending
   * delivery, in the same transaction as the booking or refusal, and a `ReplyDispatcher` sends it.
   * Absent: the transport answers in its webhook response.
   */
  readonly replyVia?: string;
}

/** One reply to send. */
export interface OutboundMessage {
  /** E.164 where the sender's number could be read, otherwise the sender as given, cleaned and cut to 64 characters. */
  readonly to: string;
  readonly text: string;
}

/** A messaging transport: delivers inbound messages to a handler and sends its replies. */
export interface MessageTransport {
  /** Start receiving; each message is passed to `handler`, whose reply the transport sends. */
  start(handler: (message: InboundMessage) => Promise<OutboundMessage | undefined>): Promise<void>;
  /** Send a message outside a reply (reminders, officer notices). */
  send(message: OutboundMessage): Promise<void>;
  /** Stop receiving and release resources. */
  stop(): Promise<void>;
}
