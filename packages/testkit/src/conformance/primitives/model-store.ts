import {
  isConcurrentChange,
  type LedgerPrimitives,
  type StoreError,
  type TransactionScope,
  type Transactor,
} from '@antrean/core';
import { ResultAsync } from 'neverthrow';
import { ledgerPrimitivesOver } from './model-ledger';
import { queuePrimitivesOver } from './model-queue';
import { emptyTables, type ModelTables } from './model-tables';

/** How often a transaction that lost a race (`ConcurrentChange`) runs again before it gives up. */
const MAX_RUNS = 5;

/** The model's primitives over one set of tables. */
export const modelPrimitivesOver = (tables: ModelTables): LedgerPrimitives => ({
  ...ledgerPrimitivesOver(tables),
  ...queuePrimitivesOver(tables),
});

/**
 * The reference store: the primitives over plain tables and a transaction that is obviously
 * right, because it runs one `work` at a time on a copy of the tables and keeps the copy only
 * when `work` resolves. The conformance suite compares stores with it; it is also a whole store's
 * ledger when given to the core's `ledgerOver` (see `modelBookingStore`).
 */
export interface ModelStore extends Transactor {
  /** The committed rows: read them, never change them (use `write`). */
  readonly tables: ModelTables;
  /** Change the committed rows outside the primitives (an outbox's lease), in turn with transactions. */
  write<T>(change: (tables: ModelTables) => T): Promise<T>;
}

const storeError = (scope: TransactionScope, cause: unknown): StoreError => ({
  type: 'StoreUnavailable',
  message: `${scope.useCase} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
  cause,
});

/** A fresh, empty model store. */
export const modelStore = (): ModelStore => {
  let committed = emptyTables();
  // Transactions and writes queue behind each other: the model is serial, so isolation is plain.
  let turn: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
    const result = turn.then(task);
    turn = result.catch(() => undefined);
    return result;
  };
  const attempt = async <T>(work: (tx: LedgerPrimitives) => Promise<T>): Promise<T> => {
    for (let run = 1; ; run += 1) {
      const draft = structuredClone(committed);
      try {
        const value = await work(modelPrimitivesOver(draft));
        committed = draft;
        return value;
      } catch (cause) {
        if (!isConcurrentChange(cause) || run >= MAX_RUNS) throw cause;
      }
    }
  };
  return {
    get tables() {
      return committed;
    },
    write: (change) => inTurn(async () => change(committed)),
    transact: (scope, work) =>
      ResultAsync.fromPromise(
        inTurn(() => attempt(work)),
        (cause) => storeError(scope, cause),
      ),
  };
};
