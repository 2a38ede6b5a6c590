import type { Result } from 'neverthrow';
import type { InvalidDependency } from '../service/booking-service-types';
import { emptyReport, type RunningPass, startPass } from './dispatch-pass';
import { dispatcherSettings } from './dispatcher-settings';
import type { DispatchReport, ReplyDispatcher, ReplyDispatcherOptions } from './dispatcher-types';
import { createSendPacer } from './send-pacer';

/** Passes whose sends may be in flight at once in the running loop. */
const MAX_PASSES_IN_FLIGHT = 4;

/**
 * A dispatcher sending the outbox's pending replies through `options.send`: each pass claims due
 * items under a lease, paces them per business number and per recipient, sends, and marks each
 * sent (with the provider's id), retried later (retryable failures, exponential backoff with full
 * jitter) or failed (permanent failures, or too many attempts); a mark the store fails is tried
 * again while the lease lasts, so a lost connection does not send the reply twice. It never
 * throws: store and send faults become events and counts. Refused at construction: an option that cannot work, named.
 */
export function createReplyDispatcher(
  options: ReplyDispatcherOptions,
): Result<ReplyDispatcher, InvalidDependency> {
  return dispatcherSettings(options).map((settings) => {
    const pacer = createSendPacer(settings);
    let stopping = false;
    let running: Promise<void> | undefined;
    const passes = new Set<Promise<DispatchReport>>();
    let wakeUp: (() => void) | undefined;

    /** Starts a pass, keeping its report until it is done so `stop()` can wait for it. */
    const begin = (): RunningPass => {
      const pass = startPass(settings, { pacer, stopping: () => stopping });
      passes.add(pass.report);
      void pass.report.then(() => passes.delete(pass.report));
      return pass;
    };

    const runOnce = (): Promise<DispatchReport> =>
      stopping ? Promise.resolve(emptyReport()) : begin().report;

    /** Waits `ms`, or less when `stop()` is called meanwhile. */
    const idle = (ms: number): Promise<void> =>
      new Promise<void>((resolve) => {
        wakeUp = resolve;
        settings.sleep(ms).then(resolve, resolve);
      });

    // The next pass claims as soon as this one's items are all sending: a slow send (up to the
    // sender's timeout) holds only its own item, up to MAX_PASSES_IN_FLIGHT passes at once.
    const loop = async (): Promise<void> => {
      while (!stopping) {
        const start = await begin().underway;
        if (stopping) break;
        if (start.claimed === 0 || start.errors > 0) await idle(settings.idleWaitMs);
        while (passes.size >= MAX_PASSES_IN_FLIGHT && !stopping) await Promise.race(passes);
      }
    };

    return {
      runOnce,
      start() {
        if (running !== undefined || stopping) return;
        running = loop();
      },
      async stop() {
        stopping = true;
        wakeUp?.();
        await Promise.all([running, ...passes]);
      },
    };
  });
}
