import type { InboundMessage } from '@antrean/core';
import type { ResultAsync } from 'neverthrow';
import type { ExpectStatic } from 'vitest';

/** The parts of Vitest the transport suite uses; pass Vitest's own `{ describe, it, expect }`. */
export interface TransportTestApi {
  describe(name: string, body: () => void): void;
  it(name: string, body: () => Promise<void> | void, timeout?: number): void;
  expect: ExpectStatic;
}

/** A failure a target reports, as the booking service's errors are: a tag. */
export interface TransportTargetError {
  readonly type: string;
}

/**
 * What the suite gives a transport's webhook handler to deliver to: the shape of a booking
 * service (`handle`) plus delivery reports. Statuses are the transport's own type, kept opaque.
 */
export interface TransportTarget {
  handle(message: InboundMessage): ResultAsync<unknown, TransportTargetError>;
  recordStatus(status: unknown): ResultAsync<unknown, TransportTargetError>;
}

/** A web-standard webhook endpoint, as every transport's `createWebhookHandler` returns. */
export type TransportHandler = (request: Request) => Promise<Response>;

/** How a request's signature can be wrong. */
export type SignatureProblem = 'missing' | 'malformed' | 'wrong';

/** One payload exactly as the provider sends it, and what the transport must read from it. */
export interface TransportFixture {
  readonly name: string;
  /** The raw body (a string is sent as its UTF-8 bytes). */
  readonly body: string | Uint8Array;
  /** Every message the target must receive, in order (a reaction, say, gives none). */
  readonly expectedMessages: readonly InboundMessage[];
  /** Every delivery report the target must receive, in order; unchecked when absent. */
  readonly expectedStatuses?: readonly unknown[];
}

/** The status a transport answers each kind of request with, where providers differ. */
export interface TransportStatuses {
  /** Signed, read and handled (default 200). */
  readonly accepted: number;
  /** Each kind of bad signature (default 401 for all three). */
  readonly refused: Readonly<Record<SignatureProblem, number>>;
  /** Body over the transport's limit (default 413). */
  readonly tooLarge: number;
  /** Signed but unreadable: not the encoding, not the syntax or not the shape (default 200). */
  readonly unreadable: number;
  /** A target failed: the provider must redeliver (default 500). */
  readonly redeliver: number;
}

/** Everything the suite needs from one transport. */
export interface TransportConformanceOptions {
  /** Shown in the suite's title, e.g. `whatsapp`. */
  readonly name: string;
  /** A handler delivering every update of every business number to `target`. */
  createHandler(target: TransportTarget): TransportHandler;
  /** The POST the provider would send with this body, correctly signed. */
  signedRequest(body: Uint8Array): Request | Promise<Request>;
  /** The same POST with its signature missing, malformed or wrong. */
  forgedRequest(body: Uint8Array, problem: SignatureProblem): Request | Promise<Request>;
  /** At least one fixture with messages: the signature and redelivery tests use the first. */
  readonly fixtures: readonly TransportFixture[];
  /** Overrides of the default statuses. */
  readonly statuses?: Partial<TransportStatuses>;
  /**
   * Groups that cannot apply to this transport, left undeclared (not skipped): a terminal has no
   * signature to check, gives every line a fresh id (so nothing is redelivered) and reads any
   * text as a message. Every webhook transport runs them all.
   */
  readonly notApplicable?: readonly ConformanceGroup[];
}

/** The suite's groups a transport may declare not applicable (the provider fixtures always run). */
export type ConformanceGroup = 'signature' | 'redelivery' | 'hostile bodies';
