import type { DeskContext } from './desk-env';

/**
 * The client's address for the sign-in throttle: the socket's peer on Node (`@hono/node-server`
 * binds `incoming`), or the first `x-forwarded-for` entry when the desk is told to trust its proxy.
 */
export function clientAddress(c: DeskContext, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}
