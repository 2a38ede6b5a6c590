import { deliverItem, type ItemOutcome, type LeasedItem, postponeItem } from './deliver-item';
import type { DispatcherSettings } from './dispatcher-settings';
import type { DispatchReport } from './dispatcher-types';
import { emit } from './emit-event';
import { describeThrown, guardedCall } from './guarded-call';
import type { SendPacer } from './send-pacer';

/** A report of a pass that did nothing. */
export const emptyReport = (errors = 0): DispatchReport => ({
  claimed: 0,
  sent: 0,
  retried: 0,
  failed: 0,
  postponed: 0,
  leaseLost: 0,
  errors,
});

/** The pass's report from what each claimed item came to. */
const reportOf = (claimed: number, outcomes: readonly ItemOutcome[]): DispatchReport => {
  const count = (outcome: ItemOutcome) => outcomes.filter((each) => each === outcome).length;
  return {
    claimed,
    sent: count('sent'),
    retried: count('retried'),
    failed: count('failed'),
    postponed: count('postponed'),
    leaseLost: count('leaseLost'),
    errors: count('error'),
  };
};

/** What a pass needs besides the settings: the pacer and whether the dispatcher is stopping. */
export interface PassState {
  readonly pacer: SendPacer;
  readonly stopping: () => boolean;
}

/**
 * Sends one item when pacing allows: after the pacing wait, unless the dispatcher began stopping
 * meanwhile, in which case the item is released (postponed to now) for another dispatcher.
 * Never rejects.
 */
async function paceAndDeliver(
  settings: DispatcherSettings,
  state: PassState,
  leased: LeasedItem,
  claimedAt: number,
  started: () => void,
): Promise<ItemOutcome> {
  const { item } = leased;
  try {
    const decision = state.pacer.book(item.via, item.to, claimedAt, settings.horizonMs);
    if ('postponeUntil' in decision) {
      started();
      return await postponeItem(settings, leased, new Date(decision.postponeUntil));
    }
    const wait = decision.sendAt - claimedAt;
    if (wait > 0) await settings.sleep(wait);
    started();
    if (state.stopping()) return await postponeItem(settings, leased, settings.options.clock.now());
    return await deliverItem(settings, leased);
  } catch (cause) {
    started();
    // Left leased: it is claimed again when the lease expires.
    emit(settings, { type: 'error', message: `delivery failed: ${describeThrown(cause)}` });
    return 'error';
  }
}

/** How a pass began: what it claimed, and whether the claim failed. */
export interface PassStart {
  readonly claimed: number;
  readonly errors: number;
}

/** A pass under way. */
export interface RunningPass {
  /** Resolves once every claimed item is being sent, postponed or given up: the next pass may claim. */
  readonly underway: Promise<PassStart>;
  /** Resolves when every item is marked. Never rejects. */
  readonly report: Promise<DispatchReport>;
}

/**
 * One pass: claims the due items under a fresh lease token, books each a pacing slot in claim
 * order (oldest first), and sends them concurrently, each at its slot. A slow send holds only
 * `report`, not `underway`, so the running loop can claim again while it waits.
 */
export function startPass(settings: DispatcherSettings, state: PassState): RunningPass {
  let markUnderway: (start: PassStart) => void = () => undefined;
  const underway = new Promise<PassStart>((resolve) => {
    markUnderway = resolve;
  });
  const report = runPass(settings, state, (start) => markUnderway(start));
  void report.then((done) => markUnderway({ claimed: done.claimed, errors: done.errors }));
  return { underway, report };
}

async function runPass(
  settings: DispatcherSettings,
  state: PassState,
  markUnderway: (start: PassStart) => void,
): Promise<DispatchReport> {
  const { outbox, clock, channel } = settings.options;
  try {
    const now = clock.now();
    const leaseToken = settings.newId();
    const leaseUntil = now.getTime() + settings.leaseMs;
    const input = {
      now,
      leaseUntil: new Date(leaseUntil),
      leaseToken,
      limit: settings.batchSize,
      ...(channel === undefined ? {} : { channel }),
    };
    const claimed = await guardedCall(
      () => outbox.claim(input),
      (cause) => ({ type: 'StoreUnavailable' as const, message: `claim threw: ${describeThrown(cause)}` }),
    );
    if (claimed.isErr()) {
      emit(settings, { type: 'error', message: claimed.error.message });
      return emptyReport(1);
    }
    const items = claimed.value;
    let waiting = items.length;
    const started = () => {
      waiting -= 1;
      if (waiting === 0) markUnderway({ claimed: items.length, errors: 0 });
    };
    if (waiting === 0) markUnderway({ claimed: 0, errors: 0 });
    const claimedAt = now.getTime();
    const outcomes = await Promise.all(
      items.map((item) =>
        paceAndDeliver(settings, state, { item, leaseToken, leaseUntil }, claimedAt, once(started)),
      ),
    );
    return reportOf(items.length, outcomes);
  } catch (cause) {
    emit(settings, { type: 'error', message: `dispatch pass failed: ${describeThrown(cause)}` });
    return emptyReport(1);
  }
}

/** `action` made safe to call more than once: only the first call counts. */
const once = (action: () => void): (() => void) => {
  let called = false;
  return () => {
    if (called) return;
    called = true;
    action();
  };
};
