/** antrean's in-memory BookingStore: for tests, demos and single-process use. */

/** `memoryTablesOf` reads a store's tables, for tests that check what was written (ours and yours). */
export { createMemoryStore, memoryTablesOf } from './memory-store';
export type { MemoryTables, NumberBinding, StoredDelivery, StoredMessage } from './memory-tables';
