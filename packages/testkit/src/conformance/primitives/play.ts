import type { BookingStore, UseCaseName } from '@antrean/core';
import type { Command, TransactionPlan } from './commands';
import { runLedgerCommand } from './run-ledger';
import { runQueueCommand } from './run-queue';
import { callTime, type Universe } from './universe';

const QUEUE_KINDS = new Set<Command['kind']>([
  'issue',
  'updateTicket',
  'nextSequence',
  'dayTickets',
  'ticketOfCode',
  'appendAudit',
]);

/** What one transaction's calls returned, whether it committed, and the store's error if it failed unasked. */
export interface Played {
  readonly committed: boolean;
  readonly seen: readonly unknown[];
  readonly error?: string;
}

/** Where a run is: calls made (each its own instant) and `book`s made (each its own code). */
export interface RunPosition {
  calls: number;
  books: number;
}

// A store may route transactions by use case (group commit): name the one the calls resemble.
const useCaseOf = (plan: TransactionPlan): UseCaseName => {
  const kinds = plan.commands.map((c) => c.kind);
  if (kinds.includes('book')) return 'reserve';
  if (kinds.includes('purgeRows')) return 'purge';
  return kinds.some((k) => QUEUE_KINDS.has(k)) ? 'issueWalkIn' : 'cancel';
};

/** Runs the transactions one after another on one store, recording what each call returned. */
export const play = async (
  store: BookingStore,
  u: Universe,
  plans: readonly TransactionPlan[],
  position: RunPosition = { calls: 0, books: 0 },
): Promise<Played[]> => {
  const played: Played[] = [];
  for (const plan of plans) {
    const contexts = plan.commands.map((cmd) => ({
      at: callTime(position.calls++),
      code: u.codes[cmd.kind === 'book' ? position.books++ : 0]!,
    }));
    let seen: unknown[] = [];
    const result = await store.transact({ useCase: useCaseOf(plan) }, async (tx) => {
      seen = [];
      for (const [i, cmd] of plan.commands.entries()) {
        const c = { tx, u, ...contexts[i]! };
        seen.push(QUEUE_KINDS.has(cmd.kind) ? await runQueueCommand(c, cmd) : await runLedgerCommand(c, cmd));
      }
      if (plan.rejects) throw new Error('the work rejects after its calls, on purpose');
      return seen;
    });
    const error = result.isErr() && !plan.rejects ? { error: result.error.message } : {};
    played.push({ committed: result.isOk(), seen, ...error });
  }
  return played;
};
