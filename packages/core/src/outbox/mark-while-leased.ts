import { err, type Result } from 'neverthrow';
import type { StoreError } from '../ports/store-error';
import type { DispatcherSettings } from './dispatcher-settings';
import { emit } from './emit-event';
import { describeThrown, guardedCall } from './guarded-call';

/** The first wait before a mark is tried again; each further wait doubles, up to the ceiling. */
const FIRST_WAIT_MS = 100;
const LONGEST_WAIT_MS = 5000;

const storeFault = (cause: unknown): StoreError => ({
  type: 'StoreUnavailable',
  message: `store call threw: ${describeThrown(cause)}`,
});

/**
 * Runs a mark (sent, failed, postponed) and, while it fails, tries it again with doubling waits
 * for as long as the lease lasts: a send already happened, and a mark given up leaves the item
 * to be claimed and sent again once the lease expires. A lost connection is the usual cause; the
 * store's pool gives the next try a fresh one. No try starts within `marginMs` of the lease's
 * end, so none is still running when another dispatcher may claim the item.
 */
export async function markWhileLeased(
  settings: DispatcherSettings,
  operation: string,
  mark: () => PromiseLike<Result<boolean, StoreError>>,
  leaseUntil: number,
): Promise<Result<boolean, StoreError>> {
  const { clock } = settings.options;
  const marginMs = Math.min(1000, settings.leaseMs / 10);
  for (let tries = 1; ; tries++) {
    const result = await guardedCall(mark, storeFault);
    if (result.isOk()) return result;
    const wait = Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (tries - 1));
    if (clock.now().getTime() + wait > leaseUntil - marginMs) {
      const message = `${operation} gave up after ${tries} tries, its lease running out: ${result.error.message}`;
      return err({ ...result.error, message });
    }
    const message = `${operation} failed (try ${tries}), again in ${wait} ms: ${result.error.message}`;
    emit(settings, { type: 'error', message });
    await settings.sleep(wait);
  }
}
