import type { ApplicationType, Clock, StoreError } from '@antrean/core';
import type { ResultAsync } from 'neverthrow';
import type { DeskEvent, DeskOffice } from './desk-options';
import { fail } from './http/answers';
import type { ProxyTrust } from './http/client-address';
import type { DeskContext } from './http/desk-env';
import type { SessionCookies } from './http/session-cookie';
import type { SignInThrottle } from './http/sign-in-throttle';
import type { TicketHub } from './http/ticket-hub';
import type { DeskUser } from './users/desk-user';

/** What the routes share, built once by `createDesk`. */
export interface DeskParts {
  readonly offices: ReadonlyMap<string, DeskOffice>;
  readonly users: readonly DeskUser[];
  readonly clock: Clock;
  readonly hub: TicketHub;
  readonly sessions: SessionCookies;
  /** Sign-in failures by name and client address. */
  readonly nameThrottle: SignInThrottle;
  /** Sign-in failures by client address. */
  readonly clientThrottle: SignInThrottle;
  readonly walkInEvery: number;
  readonly seriesFor: (applicationType: ApplicationType) => string;
  readonly walkInSeries: string;
  /** Proxies trusted to append `X-Forwarded-For` (false: none, the socket's peer is the client). */
  readonly trustProxy: ProxyTrust;
  readonly keepAliveMs: number;
  readonly emit: (event: DeskEvent) => void;
}

/** The signed-in user's office (always served: `createDesk` checks every user's office). */
export const officeOf = (parts: DeskParts, c: DeskContext): DeskOffice => {
  const entry = parts.offices.get(c.get('session').user.office);
  if (!entry) throw new Error('a user of an office the desk does not serve');
  return entry;
};

/**
 * Runs a store call for a route: its value to `then`, or a 503 `StoreUnavailable` answer (the
 * failure reported through `onEvent`, without its details reaching the client).
 */
export async function withStore<T>(
  parts: DeskParts,
  c: DeskContext,
  call: ResultAsync<T, StoreError>,
  then: (value: T) => Response | Promise<Response>,
): Promise<Response> {
  const result = await call;
  if (result.isOk()) return then(result.value);
  parts.emit({ type: 'StoreFailed', detail: `${result.error.type}: ${result.error.message}` });
  return fail(c, 503, 'StoreUnavailable');
}
