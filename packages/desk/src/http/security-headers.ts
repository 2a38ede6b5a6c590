import type { MiddlewareHandler } from 'hono';
import type { DeskEnv } from './desk-env';

/**
 * Headers on every answer: scripts, styles and connections from the desk itself only (no CDN,
 * no inline script), never framed, no referrer, no sniffing; API answers are not cached.
 */
export const securityHeaders: MiddlewareHandler<DeskEnv> = async (c, next) => {
  await next();
  c.header(
    'content-security-policy',
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  );
  c.header('x-content-type-options', 'nosniff');
  c.header('x-frame-options', 'DENY');
  c.header('referrer-policy', 'no-referrer');
  if (!c.res.headers.has('cache-control')) c.header('cache-control', 'no-store');
};
