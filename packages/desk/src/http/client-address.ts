import type { DeskContext } from './desk-env';

/** Who appends `X-Forwarded-For` for the desk: nobody (false), or a chain of `hops` trusted proxies. */
export type ProxyTrust = false | { readonly hops: number };

/** The socket's peer on Node (`@hono/node-server` binds `incoming`), or `unknown` elsewhere. */
const socketAddress = (c: DeskContext): string => {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
};

/**
 * The client's address for the sign-in throttle. Trusting no proxy, it is the socket's peer. With
 * N trusted proxies in front of the desk it is the N-th `X-Forwarded-For` entry from the right:
 * each trusted proxy appends the address it saw, so that entry was written by the outermost trusted
 * proxy, while every entry left of it is whatever the client chose to send.
 */
export function clientAddress(c: DeskContext, trustProxy: ProxyTrust): string {
  if (trustProxy === false) return socketAddress(c);
  const { hops } = trustProxy;
  const entries = (c.req.header('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim());
  const appended = entries.length >= hops ? entries[entries.length - hops] : undefined;
  // A shorter list did not pass every trusted proxy, so no entry in it is known to be a proxy's:
  // the socket's peer is the only address the client did not write.
  return appended || socketAddress(c);
}
