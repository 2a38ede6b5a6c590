import { createMemoryStore, memoryTablesOf } from '@antrean/storage-memory';
import type { StoreHarness } from '@antrean/testkit';

/** A fresh memory store with a probe that reads its tables directly, not through its indexes. */
export const createMemoryHarness = async (): Promise<StoreHarness> => {
  const created = await createMemoryStore();
  if (created.isErr()) throw new Error(created.error.message);
  const store = created.value;
  const tables = memoryTablesOf(store)!;
  const rows = () => [...tables.bookings.values()];
  return {
    store,
    probe: {
      booking: async (code) => {
        const row = tables.bookings.get(code);
        if (!row) return undefined;
        const { status, slotId, phone, applicantKey } = row;
        return { code, status, slotId, phone, applicantKey };
      },
      heldInSlot: async (officeId, slotId) =>
        rows().filter(
          (b) =>
            b.officeId === officeId &&
            b.slotId === slotId &&
            (b.status === 'active' || b.status === 'checked_in'),
        ).length,
      activeForApplicant: async (key) =>
        rows().filter((b) => b.applicantKey === key && b.status === 'active').length,
      messageReply: async ({ channel, sender, messageId }) =>
        tables.messages.get(JSON.stringify([channel, sender, messageId]))?.reply.text,
      delivery: async ({ channel, sender, messageId }) => {
        const id = tables.messages.get(JSON.stringify([channel, sender, messageId]))?.deliveryId;
        const row = id === undefined ? undefined : tables.deliveries.get(id);
        if (!row) return undefined;
        const { state, attempts, providerMessageId, error } = row;
        return {
          state,
          attempts,
          ...(providerMessageId === undefined ? {} : { providerMessageId }),
          ...(error?.code === undefined ? {} : { errorCode: error.code }),
        };
      },
    },
    dispose: () => store.close(),
  };
};
