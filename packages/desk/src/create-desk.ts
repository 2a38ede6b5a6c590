import { type ApplicationType, defaultTicketSeries, systemClock, WALK_IN_SERIES } from '@antrean/core';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { err, ok, type Result } from 'neverthrow';
import { checkOptions, proxyTrustOf } from './check-options';
import type { DeskConfigError, DeskEvent, DeskOffice, DeskOptions, DeskStore } from './desk-options';
import type { DeskParts } from './desk-parts';
import { fail } from './http/answers';
import { assetFiles, defaultAssetsDir } from './http/asset-files';
import type { DeskEnv } from './http/desk-env';
import { notFound } from './http/not-found';
import { requestGuard } from './http/request-guard';
import { securityHeaders } from './http/security-headers';
import { sessionCookies } from './http/session-cookie';
import { createSignInThrottle } from './http/sign-in-throttle';
import { createStreamCaps } from './http/stream-caps';
import { createTicketHub } from './http/ticket-hub';
import { addAuditRoutes } from './routes/audit-routes';
import { addAuthRoutes } from './routes/auth-routes';
import { addCheckInRoutes } from './routes/check-in-routes';
import { addCounterRoutes } from './routes/counter-routes';
import { addDayRoutes } from './routes/day-routes';
import { addDisplayOfficeRoute } from './routes/display-office-route';
import { addEventRoutes } from './routes/event-routes';
import { addPageRoutes } from './routes/page-routes';
import type { DeskUser } from './users/desk-user';

/** The store of a served user's office. */
const storeOfUser = (offices: ReadonlyMap<string, DeskOffice>, user: DeskUser): DeskStore => {
  const entry = offices.get(user.office);
  if (!entry) throw new Error('a user of an office the desk does not serve');
  return entry.store;
};

/** The largest API request body read, in bytes. */
export const MAX_BODY_BYTES = 8 * 1024;

/** A desk ready to mount: `host.route('/desk', desk.app)`. */
export interface DeskApp {
  // biome-ignore lint/suspicious/noExplicitAny: mountable on any host app, whatever its bindings.
  readonly app: Hono<any>;
  /** Ends every open event stream and stops reading the store's audit trail (before the HTTP server closes). */
  close(): Promise<void>;
}

/**
 * The counter desk over one or more offices' stores: pages, JSON API and event streams, signed-in
 * by the users given. Refuses options that cannot work. (The expiry sweep is the host's scheduled
 * work, once per deployment: `@antrean/bot-host`.)
 */
export function createDesk(options: DeskOptions): Result<DeskApp, DeskConfigError> {
  const checked = checkOptions(options);
  if (checked.isErr()) return err(checked.error);
  const clock = options.clock ?? systemClock;
  const emit = (event: DeskEvent) => options.onEvent?.(event);
  const offices = new Map(options.offices.map((entry) => [entry.office.id, entry]));
  const hub = createTicketHub({ offices, pollMs: options.eventPollMs ?? 250, emit });
  const seriesFor = options.seriesFor ?? ((type: ApplicationType) => defaultTicketSeries(type));
  const windowMs = options.signInWindowMs ?? 15 * 60_000;
  const parts: DeskParts = {
    offices,
    users: options.users,
    clock,
    hub,
    // A user's sessions are revoked in the store of the user's office (`checkOptions` made sure it is served).
    sessions: sessionCookies(options.secret, options.users, (user) => storeOfUser(offices, user)),
    nameThrottle: createSignInThrottle(options.signInAttempts ?? 5, windowMs),
    clientThrottle: createSignInThrottle(options.signInAttemptsPerClient ?? 20, windowMs),
    walkInEvery: options.walkInEvery ?? 3,
    seriesFor,
    walkInSeries: options.walkInSeries ?? WALK_IN_SERIES,
    trustProxy: proxyTrustOf(options.trustProxy),
    keepAliveMs: options.keepAliveMs ?? 15_000,
    emit,
  };
  const app = new Hono<DeskEnv>();
  const language = options.language ?? 'id';
  app.use(async (c, next) => {
    const asked = c.req.query('lang');
    c.set('lang', asked === 'en' || asked === 'id' ? asked : language);
    await next();
  });
  app.use(securityHeaders);
  // Every API body is a few small fields: a large one is refused before it is read into memory.
  app.use('/api/*', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => fail(c, 413, 'BadRequest') }));
  app.use(
    '/api/*',
    requestGuard({
      sessions: parts.sessions,
      allowedOrigins: options.allowedOrigins ?? [],
      now: () => clock.now().getTime(),
      storeFailed: (detail) => emit({ type: 'StoreFailed', detail }),
    }),
  );
  addAuthRoutes(app, parts);
  addCheckInRoutes(app, parts);
  addCounterRoutes(app, parts);
  addDayRoutes(app, parts);
  addAuditRoutes(app, parts);
  addEventRoutes(app, parts, createStreamCaps(options.displayStreams));
  addDisplayOfficeRoute(app, parts);
  addPageRoutes(app, parts, assetFiles(options.assetsDir ?? defaultAssetsDir()));
  // The desk served on its own (not mounted): a path outside every route gets its not-found too.
  app.notFound(notFound);
  return ok({
    app,
    close: async () => hub.close(),
  });
}
