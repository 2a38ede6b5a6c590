import type { Result } from 'neverthrow';
import type { InvalidDependency } from '../service/booking-service-types';
import { dispatchPass, emptyReport } from './dispatch-pass';
import { dispatcherSettings } from './dispatcher-settings';
import type { DispatchReport, ReplyDispatcher, ReplyDispatcherOptions } from './dispatcher-types';
import { createSendPacer } from './send-pacer';

/**
 * A dispatcher sending the outbox's pending replies through `options.send`: each pass claims due
 * items under a lease, paces them per business number and per recipient, sends, and marks each
 * sent (with the provider's id), retried later (retryable failures, exponential backoff with full
 * jitter) or failed (permanent failures, or too many attempts). It never throws: store and send
 * faults become events and counts. Refused at construction: an option that cannot work, named.
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

    const runOnce = (): Promise<DispatchReport> => {
      if (stopping) return Promise.resolve(emptyReport());
      const pass = dispatchPass(settings, { pacer, stopping: () => stopping });
      passes.add(pass);
      void pass.finally(() => passes.delete(pass));
      return pass;
    };

    /** Waits `ms`, or less when `stop()` is called meanwhile. */
    const idle = (ms: number): Promise<void> =>
      new Promise<void>((resolve) => {
        wakeUp = resolve;
        settings.sleep(ms).then(resolve, resolve);
      });

    const loop = async (): Promise<void> => {
      while (!stopping) {
        const report = await runOnce();
        if (stopping) break;
        if (report.claimed === 0 || report.errors > 0) await idle(settings.idleWaitMs);
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
