/** How many public display streams may be open: from one client address, and in all. */
export interface DisplayStreamLimits {
  /** Streams open at once from one client address. Default 10: a hall's screens behind one NAT. */
  readonly perClient?: number;
  /** Streams open at once in all, every office together. Default 200. */
  readonly total?: number;
}

/** The defaults of `DisplayStreamLimits`. */
export const DISPLAY_STREAM_DEFAULTS = { perClient: 10, total: 200 } as const;

/** A place for one stream, or which cap refused it. */
export type StreamPlace =
  | { readonly type: 'Open'; readonly release: () => void }
  | { readonly type: 'Refused'; readonly cap: 'perClient' | 'total' };

/** Counts the open streams; a place is taken when a stream opens and released when it ends. */
export interface StreamCaps {
  take(client: string): StreamPlace;
}

/**
 * Caps on the public, unauthenticated display streams, so that one client (or many) cannot hold
 * the server's sockets and memory open without end. Releasing a place twice frees it once.
 */
export function createStreamCaps(limits: DisplayStreamLimits = {}): StreamCaps {
  const perClient = limits.perClient ?? DISPLAY_STREAM_DEFAULTS.perClient;
  const total = limits.total ?? DISPLAY_STREAM_DEFAULTS.total;
  const open = new Map<string, number>();
  let all = 0;
  return {
    take: (client) => {
      const mine = open.get(client) ?? 0;
      if (mine >= perClient) return { type: 'Refused', cap: 'perClient' };
      if (all >= total) return { type: 'Refused', cap: 'total' };
      open.set(client, mine + 1);
      all += 1;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        all -= 1;
        const left = (open.get(client) ?? 1) - 1;
        if (left === 0) open.delete(client);
        else open.set(client, left);
      };
      return { type: 'Open', release };
    },
  };
}
