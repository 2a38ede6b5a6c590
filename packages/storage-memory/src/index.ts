/** antrean's in-memory BookingStore: for tests, demos and single-process use. */

export type { MemoryTables, NumberBinding, StoredDelivery, StoredMessage } from './memory-state';
export { createMemoryStore, memoryTablesOf } from './memory-store';
