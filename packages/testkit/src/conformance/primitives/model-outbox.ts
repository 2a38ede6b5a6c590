import {
  type DeliveryStatus,
  deliveryMoves,
  type LeasedUpdate,
  type OutboxItem,
  PROVIDER_FAILED_REASON,
  type ReplyOutbox,
  type StoreError,
} from '@antrean/core';
import { ResultAsync } from 'neverthrow';
import type { ModelStore } from './model-store';
import type { ModelDelivery, ModelTables } from './model-tables';

type Outbox = Omit<ReplyOutbox, 'outboxStats'>;

const itemOf = ({ id, channel, via, to, text, attempts, createdAt }: ModelDelivery): OutboxItem => ({
  ...{ id, channel, via, to, text, attempts },
  createdAt: new Date(createdAt),
});

/** Changes the pending row still leased to the update's token, clearing the lease; false otherwise. */
const leased = (
  tables: ModelTables,
  update: LeasedUpdate,
  change: (row: ModelDelivery) => Partial<ModelDelivery>,
): boolean => {
  const row = tables.deliveries.get(update.id);
  if (row?.state !== 'pending' || row.leaseToken !== update.leaseToken) return false;
  const { leaseToken: _token, leaseUntil: _until, ...rest } = row;
  tables.deliveries.set(row.id, { ...rest, ...change(row) });
  return true;
};

const statusIn = (tables: ModelTables, status: DeliveryStatus): boolean => {
  const row = [...tables.deliveries.values()].find((d) => d.providerMessageId === status.providerMessageId);
  if (!row) return false;
  if (!deliveryMoves(row.state, status.state)) return true;
  const code = status.errorCode === undefined ? {} : { code: status.errorCode };
  const error = status.state === 'failed' ? { error: { reason: PROVIDER_FAILED_REASON, ...code } } : {};
  tables.deliveries.set(row.id, { ...row, state: status.state, ...error });
  return true;
};

/**
 * The reply outbox over the model's delivery rows: the plainest reading of `ReplyOutbox`, each
 * change made in turn with the model's transactions. `fail` turns a thrown error into a StoreError.
 */
export const modelOutbox = (
  model: ModelStore,
  fail: (operation: string) => (cause: unknown) => StoreError,
): Outbox => {
  const write = <T>(operation: string, change: (tables: ModelTables) => T): ResultAsync<T, StoreError> =>
    ResultAsync.fromPromise(model.write(change), fail(operation));
  return {
    claim: (input) =>
      write('claim', (tables) =>
        [...tables.deliveries.values()]
          .filter(
            (row) =>
              row.state === 'pending' &&
              row.nextAttemptAt.getTime() <= input.now.getTime() &&
              !(row.leaseUntil && input.now.getTime() < row.leaseUntil.getTime()) &&
              (input.channel === undefined || row.channel === input.channel),
          )
          .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || Number(a.id) - Number(b.id))
          .slice(0, Math.max(0, Math.floor(input.limit)))
          .map((row) => {
            const lease = { leaseToken: input.leaseToken, leaseUntil: new Date(input.leaseUntil) };
            tables.deliveries.set(row.id, { ...row, ...lease });
            return itemOf(row);
          }),
      ),
    markSent: (update) =>
      write('markSent', (tables) =>
        leased(tables, update, () => ({ state: 'sent', providerMessageId: update.providerMessageId })),
      ),
    markFailed: (update) =>
      write('markFailed', (tables) =>
        leased(tables, update, (row) => ({
          state: update.retryAt === undefined ? 'failed' : 'pending',
          attempts: row.attempts + 1,
          error: { ...update.error },
          ...(update.retryAt === undefined ? {} : { nextAttemptAt: new Date(update.retryAt) }),
        })),
      ),
    postpone: (update) =>
      write('postpone', (tables) =>
        leased(tables, update, () => ({ nextAttemptAt: new Date(update.until) })),
      ),
    recordDeliveryStatus: (status) => write('recordDeliveryStatus', (tables) => statusIn(tables, status)),
  };
};
