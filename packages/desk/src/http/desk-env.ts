import type { Language } from '@antrean/core';
import type { Context, Hono } from 'hono';
import type { DeskUser } from '../users/desk-user';

/** A signed-in session as the cookie carries it. */
export interface DeskSession {
  /** Random id, so that sign-out can void this one cookie. */
  readonly id: string;
  readonly user: DeskUser;
  readonly csrfToken: string;
  readonly expiresAt: number;
  /** When it was signed in (ms): a user's sessions issued before a revocation instant are void. */
  readonly issuedAt: number;
}

/** What the desk's middleware puts on every request. */
export interface DeskVariables {
  /** The language of texts in answers: `?lang=`, else the desk's default. */
  readonly lang: Language;
  /** Set by `requireSession` on api routes. */
  readonly session: DeskSession;
}

/** The Hono environment of the desk's routes; a host's own bindings pass through untouched. */
export interface DeskEnv {
  // biome-ignore lint/suspicious/noExplicitAny: whatever the host's adapter binds (Node's `incoming`).
  Bindings: any;
  Variables: DeskVariables;
}

/** The desk's Hono app. */
export type DeskHono = Hono<DeskEnv>;

/** A desk route's context. */
export type DeskContext = Context<DeskEnv>;

/**
 * The path the desk is mounted at, with a trailing slash (`/desk/`): the request's path less the
 * route's own part (`api/login`), so that cookies and redirects work under any mount.
 */
export const mountBase = (c: DeskContext, routePart: string): string => {
  const path = c.req.path;
  const base = routePart !== '' && path.endsWith(routePart) ? path.slice(0, -routePart.length) : path;
  return base.endsWith('/') ? base : `${base}/`;
};
