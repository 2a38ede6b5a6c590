import type {
  ApplicationType,
  BookingStore,
  Clock,
  CounterQueue,
  DeskFeed,
  Language,
  OfficeConfig,
  SessionRevocations,
} from '@antrean/core';
import type { DisplayStreamLimits } from './http/stream-caps';
import type { DeskUser } from './users/desk-user';

/**
 * The store the desk drives: bookings and the counter queue, the audit trail its event streams
 * read (so a call made at another process reaches this one's displays) and session revocations.
 */
export type DeskStore = BookingStore & CounterQueue & DeskFeed & SessionRevocations;

/** One office the desk serves, with its store. */
export interface DeskOffice {
  readonly office: OfficeConfig;
  readonly store: DeskStore;
}

/** Something the desk did or failed at, for the host's log (ids and names only, no personal data). */
export interface DeskEvent {
  readonly type: 'StoreFailed' | 'SignInFailed' | 'SignInBlocked';
  readonly officeId?: string;
  readonly detail?: string;
}

/** How `createDesk` is configured. */
export interface DeskOptions {
  /** One or more offices; every user works at one of them. */
  readonly offices: readonly DeskOffice[];
  /** The accounts, as `loadUsersFile` reads them. */
  readonly users: readonly DeskUser[];
  /** The session cookie's HMAC key: at least 32 characters. */
  readonly secret: string;
  /** Default `systemClock`. */
  readonly clock?: Clock;
  /** One walk-in is called after this many booking calls when both wait. Default 3. */
  readonly walkInEvery?: number;
  /** A booking's queue-number series by application type (default: the core's `defaultTicketSeries`). */
  readonly seriesFor?: (applicationType: ApplicationType) => string;
  /** The walk-in series (default `W`). */
  readonly walkInSeries?: string;
  /**
   * How often the event streams' readers poll a store that cannot push (SQLite, memory) for audit
   * rows written by other processes, in milliseconds. Default 250.
   */
  readonly eventPollMs?: number;
  /** The language of texts the API returns when the request does not ask (`?lang=`). Default `id`. */
  readonly language?: Language;
  /** Where the pages' files are (default: the package's `assets/`). */
  readonly assetsDir?: string;
  /** Origins besides the request's own host allowed to post (a proxy with another name). */
  readonly allowedOrigins?: readonly string[];
  /** Sign-in failures allowed per name from one client address within `signInWindowMs`. Default 5. */
  readonly signInAttempts?: number;
  /** Sign-in failures allowed per client address (several officers may share one) within the window. Default 20. */
  readonly signInAttemptsPerClient?: number;
  /** Default 15 minutes. */
  readonly signInWindowMs?: number;
  /**
   * Behind proxies: the sign-in limits count the address the proxies appended to `x-forwarded-for`
   * (`true` is one proxy, `{ hops: N }` N proxies: the N-th entry from the right), never an entry
   * the client wrote. Default false: the socket's peer.
   */
  readonly trustProxy?: boolean | { readonly hops: number };
  /** A keep-alive comment is written on idle event streams this often. Default 15 000 ms. */
  readonly keepAliveMs?: number;
  /**
   * Public display streams open at once: `perClient` from one address (default 10), `total` in all
   * (default 200). One past a cap is answered 429; a stream that closes frees its place.
   */
  readonly displayStreams?: DisplayStreamLimits;
  /** Called with what the desk did or failed at, for the host's log. */
  readonly onEvent?: (event: DeskEvent) => void;
}

/** An option `createDesk` refused, named. */
export interface DeskConfigError {
  readonly type: 'DeskConfigError';
  readonly option: string;
  readonly message: string;
}
