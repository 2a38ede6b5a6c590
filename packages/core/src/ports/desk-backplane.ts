import type { ResultAsync } from 'neverthrow';
import type { AuditEntry } from '../domain/audit-entry';
import type { StoreError } from './store-error';

/** The desk's events, read from the store so that every process sees every counter's actions. */
export interface DeskFeed {
  /** The office's audit rows with id > `afterId`, oldest first (by id), at most `limit`. */
  auditAfter(query: {
    readonly officeId: string;
    readonly afterId: number;
    readonly limit: number;
  }): ResultAsync<readonly AuditEntry[], StoreError>;
  /** The highest audit id of the office (0 when it has none): where a new reader starts. */
  latestAuditId(officeId: string): ResultAsync<number, StoreError>;
  /**
   * Calls `listener` soon after an audit row is appended by any process (PostgreSQL: LISTEN/NOTIFY;
   * elsewhere polling every `pollMs`). Returns the function that stops watching.
   */
  watchDesk(listener: () => void, options?: { readonly pollMs?: number }): () => void;
}

/** Signed-in sessions voided in the store: for every process, and across restarts. */
export interface SessionRevocations {
  /** Void one session until it would have expired anyway. */
  revokeSession(input: {
    readonly sessionId: string;
    readonly expiresAt: Date;
  }): ResultAsync<void, StoreError>;
  /** Void every session of the user issued before `before` (a password change); the latest instant wins. */
  revokeUserSessions(input: {
    readonly userName: string;
    readonly before: Date;
  }): ResultAsync<void, StoreError>;
  /** True when the session was voided, or its user's sessions issued at or before `issuedAt` were. */
  isSessionRevoked(input: {
    readonly sessionId: string;
    readonly userName: string;
    readonly issuedAt: Date;
  }): ResultAsync<boolean, StoreError>;
}

/** Named leases that let one process of a deployment run a piece of scheduled work. */
export interface WorkLeases {
  /**
   * Take the lease `name` for `holder` until `until` when nobody holds it, its holder's lease ended
   * at or before `now`, or `holder` holds it already (a renewal). True when `holder` holds it now.
   */
  acquireLease(input: {
    readonly name: string;
    readonly holder: string;
    readonly now: Date;
    readonly until: Date;
  }): ResultAsync<boolean, StoreError>;
  /** Give the lease up if `holder` holds it, so another process may take it at once. */
  releaseLease(input: { readonly name: string; readonly holder: string }): ResultAsync<void, StoreError>;
}

/** What lets several desk and bot processes share one store as one deployment. */
export type DeskBackplane = DeskFeed & SessionRevocations & WorkLeases;
