import type { ResultAsync } from 'neverthrow';
import type { StoreError } from './store-error';

/** What a purge removed. */
export interface PurgeResult {
  readonly bookings: number;
  readonly messages: number;
  readonly bindings: number;
}

/** Optional abilities a store may lack; the conformance suite skips, and says so, what is absent. */
export interface StoreCapabilities {
  /** Several processes may share the store's database safely. */
  readonly multiProcess: boolean;
  /** Bookings survive the process. */
  readonly durable: boolean;
}

/** What the host (not the service) asks of a store: retention, health and shutdown. */
export interface StoreMaintenance {
  readonly capabilities: StoreCapabilities;
  /**
   * Delete cancelled and expired bookings whose session started before `before` (active ones
   * past their deadline count as expired), messages received before it, and bindings older than it.
   * A message whose reply is still pending delivery is kept, however old: its reply is not sent yet.
   */
  purge(before: Date): ResultAsync<PurgeResult, StoreError>;
  /**
   * Ok when the store can serve: its connection or file is reachable. SQLite: err when the
   * database file was deleted or replaced under it. A host's health check asks this.
   */
  health(): ResultAsync<void, StoreError>;
  /** Release connections or file handles the store opened itself. */
  close(): Promise<void>;
}
