import {
  type Booking,
  type BookingStore,
  deadlineHolds,
  ledgerOver,
  type StoreError,
  type Transactor,
} from '@antrean/core';
import { errAsync, okAsync, type ResultAsync } from 'neverthrow';
import { modelBackplane } from './model-backplane';
import { modelOutbox } from './model-outbox';
import { type ModelStore, modelStore } from './model-store';
import { copied, type ModelTables, modelKeyOf } from './model-tables';

const failure =
  (operation: string) =>
  (cause: unknown): StoreError => ({
    type: 'StoreUnavailable',
    message: `${operation} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
    cause,
  });

const holdsPlace = (b: Booking): boolean => b.status === 'active' || b.status === 'checked_in';

const byStartThenCreation = (a: Booking, b: Booking): number =>
  a.startsAt.getTime() - b.startsAt.getTime() ||
  a.createdAt.getTime() - b.createdAt.getTime() ||
  (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** The plain reads of a `BookingStore` over the model's committed rows. */
const readsOver = (rows: () => ModelTables) => ({
  findReply: (key: Parameters<BookingStore['findReply']>[0]) =>
    copied(rows().messages.get(modelKeyOf(key))?.reply),
  findByCode: (officeId: string, code: string) => {
    const booking = rows().bookings.get(code);
    return booking?.officeId === officeId ? copied(booking) : undefined;
  },
  findActiveByApplicant: (applicantKey: string, activeFrom: Date) =>
    copied(
      [...rows().bookings.values()].find(
        (b) =>
          b.applicantKey === applicantKey &&
          b.status === 'active' &&
          deadlineHolds(b.checkInDeadline, activeFrom),
      ),
    ),
  countBySlot: (officeId: string, dates: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const b of rows().bookings.values())
      if (b.officeId === officeId && dates.includes(b.date) && holdsPlace(b))
        counts.set(b.slotId, (counts.get(b.slotId) ?? 0) + 1);
    return counts;
  },
  listByDate: (officeId: string, date: string) =>
    copied([...rows().bookings.values()].filter((b) => b.officeId === officeId && b.date === date)).sort(
      byStartThenCreation,
    ),
  listTickets: (officeId: string, date: string) =>
    copied(rows().tickets.filter((t) => t.officeId === officeId && t.date === date)),
  findTicketByCode: (officeId: string, code: string) =>
    copied(rows().tickets.find((t) => t.officeId === officeId && t.code === code)),
  listAudit: (q: Parameters<BookingStore['listAudit']>[0]) =>
    copied(
      rows()
        .audit.filter(
          (row) =>
            row.officeId === q.officeId &&
            (q.beforeId === undefined || row.id < q.beforeId) &&
            row.at.getTime() >= q.from.getTime() &&
            row.at.getTime() < q.to.getTime(),
        )
        .reverse()
        .slice(0, q.limit),
    ),
  outboxStats: () => {
    const pending = [...rows().deliveries.values()].filter((d) => d.state === 'pending');
    const oldest = Math.min(...pending.map((d) => d.createdAt.getTime()));
    return pending.length === 0
      ? { pending: 0 }
      : { pending: pending.length, oldestPendingAt: new Date(oldest) };
  },
});

type Reads = ReturnType<typeof readsOver>;

/**
 * A whole `BookingStore` written from the model's primitives alone: its transaction and the
 * core's `ledgerOver` give every use case, and plain reads and an outbox over the same rows give
 * the rest. The conformance suite runs over it, so it shows a store needs nothing else.
 */
export const modelBookingStore = (model: ModelStore = modelStore()): BookingStore => {
  let closed = false;
  const reads = readsOver(() => model.tables);
  const read =
    <K extends keyof Reads>(name: K) =>
    (...args: Parameters<Reads[K]>): ResultAsync<ReturnType<Reads[K]>, StoreError> => {
      if (closed) return errAsync(failure(name)(new Error('the store is closed')));
      try {
        return okAsync((reads[name] as (...a: Parameters<Reads[K]>) => ReturnType<Reads[K]>)(...args));
      } catch (cause) {
        return errAsync(failure(name)(cause));
      }
    };
  const transactor: Transactor = {
    transact: (scope, work) =>
      closed
        ? errAsync(failure(scope.useCase)(new Error('the store is closed')))
        : model.transact(scope, work),
  };
  return {
    ...modelBackplane(
      () => model.tables.audit,
      () => closed,
    ),
    ...transactor,
    ...ledgerOver(transactor),
    ...modelOutbox(model, failure),
    findReply: read('findReply'),
    findByCode: read('findByCode'),
    findActiveByApplicant: read('findActiveByApplicant'),
    countBySlot: read('countBySlot'),
    listByDate: read('listByDate'),
    listTickets: read('listTickets'),
    findTicketByCode: read('findTicketByCode'),
    listAudit: read('listAudit'),
    outboxStats: read('outboxStats'),
    capabilities: { multiProcess: false, durable: false },
    health: () =>
      closed ? errAsync(failure('health')(new Error('the store is closed'))) : okAsync(undefined),
    close: async () => {
      closed = true;
    },
  };
};
