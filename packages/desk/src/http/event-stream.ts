import { streamSSE } from 'hono/streaming';
import type { DeskContext } from './desk-env';
import type { TicketEvent, TicketHub } from './ticket-hub';

/** How one stream writes: its first event, and which hub events it passes on and how. */
export interface StreamPlan {
  readonly officeId: string;
  /** A comment line this often keeps proxies and idle timers from closing the stream. */
  readonly keepAliveMs: number;
  readonly snapshot: () => Promise<{ readonly event: string; readonly data: unknown }>;
  readonly toMessage: (event: TicketEvent) => { readonly event: string; readonly data: unknown } | undefined;
  /** Called once when the stream has ended, however it ended (a capped stream frees its place). */
  readonly onEnd?: () => void;
}

/**
 * A server-sent event stream: the snapshot first, then the hub's events for the office (read from
 * the store, whichever process acted) as they come, a keep-alive comment between, until the client
 * leaves or the hub closes. The client's EventSource reconnects by itself (`retry: 2000`) and gets
 * a fresh snapshot.
 */
export function eventStream(c: DeskContext, hub: TicketHub, plan: StreamPlan): Response {
  c.header('cache-control', 'no-store');
  c.header('x-accel-buffering', 'no');
  return streamSSE(c, async (stream) => {
    const queue: TicketEvent[] = [];
    let wake: (() => void) | undefined;
    const nudge = () => {
      wake?.();
      wake = undefined;
    };
    const { stop, ready } = hub.subscribe(plan.officeId, (event) => {
      queue.push(event);
      nudge();
    });
    const stopClose = hub.onClose(() => stream.abort());
    stream.onAbort(() => nudge());
    try {
      // The reader knows where the trail ends before the snapshot is read: no call falls between.
      await ready;
      const first = await plan.snapshot();
      await stream.writeSSE({ event: first.event, data: JSON.stringify(first.data), retry: 2000 });
      while (!stream.aborted && !stream.closed) {
        const event = queue.shift();
        if (event === undefined) {
          const timer = new Promise<'idle'>((resolve) => {
            const handle = setTimeout(() => resolve('idle'), plan.keepAliveMs);
            wake = () => {
              clearTimeout(handle);
              resolve('idle');
            };
          });
          if ((await timer) === 'idle' && queue.length === 0 && !stream.aborted)
            await stream.write(': keep-alive\n\n');
          continue;
        }
        const message = plan.toMessage(event);
        if (message) await stream.writeSSE({ event: message.event, data: JSON.stringify(message.data) });
      }
    } finally {
      stop();
      stopClose();
      plan.onEnd?.();
    }
  });
}
