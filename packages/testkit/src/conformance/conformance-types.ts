import type {
  BookingStore,
  DeliveryState,
  MessageKey,
  StoreCapabilities,
  StoredBookingStatus,
} from '@antrean/core';
import type { ExpectStatic } from 'vitest';

/** A booking row as the adapter's database holds it, read by the probe. */
export interface ProbedBooking {
  code: string;
  status: StoredBookingStatus;
  slotId: string;
  phone: string;
  applicantKey: string;
}

/** A message's reply delivery (outbox row) as the adapter's database holds it, read by the probe. */
export interface ProbedDelivery {
  state: DeliveryState;
  /** Failed sends recorded. */
  attempts: number;
  providerMessageId?: string;
  /** The error code kept from the last failure (send or status callback), if it had one. */
  errorCode?: string;
}

/** Reads rows directly from the adapter's database, bypassing the adapter's own read code. */
export interface StoreProbe {
  /** The booking row with this code, if any. */
  booking(code: string): Promise<ProbedBooking | undefined>;
  /** Rows of the office's slot with status active or checked_in. */
  heldInSlot(officeId: string, slotId: string): Promise<number>;
  /** Rows of the applicant with status active (whatever their deadline). */
  activeForApplicant(applicantKey: string): Promise<number>;
  /** The stored reply text of a handled message (channel, sender, id), if any. */
  messageReply(key: MessageKey): Promise<string | undefined>;
  /** The delivery recorded with a handled message's reply, if the message asked for one. */
  delivery(key: MessageKey): Promise<ProbedDelivery | undefined>;
}

/** A store under test, a probe into its rows, and how to release both. */
export interface StoreHarness {
  store: BookingStore;
  probe: StoreProbe;
  dispose(): Promise<void>;
}

/** A test body: may be async. */
export type TestBody = () => Promise<void> | void;

/** A function that declares one test. */
export type DeclareTest = (name: string, body: TestBody, timeout?: number) => void;

/**
 * The parts of Vitest the suite uses; pass Vitest's own (`{ describe, it, expect, beforeEach,
 * afterEach }`). Kept structural so a recording fake can stand in, as the suite's own tests do.
 */
export interface ConformanceTestApi {
  describe(name: string, body: () => Promise<void> | void): void;
  it: DeclareTest & { skipIf(condition: boolean): DeclareTest };
  expect: ExpectStatic;
  beforeEach(hook: TestBody): void;
  afterEach(hook: TestBody): void;
}

/** How the suite gets stores of one adapter. */
export interface StoreConformanceOptions {
  /** Shown in the suite's title, e.g. `sqlite`. */
  name: string;
  /** A fresh, empty store per test (and once more while collecting, to read its capabilities). */
  create(): Promise<StoreHarness>;
  /**
   * Same data, new connection: enables the durability test. Must release the given harness's
   * connection (as a process exit would) and keep its data; the suite disposes only the result.
   */
  reopen?(harness: StoreHarness): Promise<StoreHarness>;
  /**
   * A second store on the same data, open at the same time as `harness` (another connection, as
   * another process would have): enables the multiProcess test. The suite disposes the result;
   * disposing it must leave the data (the first harness still uses it).
   */
  connectAnother?(harness: StoreHarness): Promise<StoreHarness>;
}

/** What every concern's tests receive. */
export interface SuiteContext {
  readonly api: ConformanceTestApi;
  readonly options: StoreConformanceOptions;
  readonly capabilities: StoreCapabilities;
  /** The current test's harness (made in `beforeEach`). */
  readonly harness: () => StoreHarness;
  /** Make `next` the current harness (after a reopen): it is the one disposed after the test. */
  readonly replaceHarness: (next: StoreHarness) => void;
}
