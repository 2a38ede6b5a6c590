import type { StoreHarness } from '@antrean/testkit';
import { modelBookingStore, modelStore } from '@antrean/testkit';

const key = (channel: string, sender: string, messageId: string) =>
  JSON.stringify([channel, sender, messageId]);

/** A store written from the model's primitives alone, with a probe that reads the model's rows. */
export const createModelHarness = async (): Promise<StoreHarness> => {
  const model = modelStore();
  const store = modelBookingStore(model);
  const bookings = () => [...model.tables.bookings.values()];
  return {
    store,
    probe: {
      booking: async (code) => {
        const row = model.tables.bookings.get(code);
        if (!row) return undefined;
        const { status, slotId, phone, applicantKey } = row;
        return { code, status, slotId, phone, applicantKey };
      },
      heldInSlot: async (officeId, slotId) =>
        bookings().filter(
          (b) =>
            b.officeId === officeId &&
            b.slotId === slotId &&
            (b.status === 'active' || b.status === 'checked_in'),
        ).length,
      activeForApplicant: async (applicantKey) =>
        bookings().filter((b) => b.applicantKey === applicantKey && b.status === 'active').length,
      messageReply: async (k) => model.tables.messages.get(key(k.channel, k.sender, k.messageId))?.reply.text,
      delivery: async (k) => {
        const id = model.tables.messages.get(key(k.channel, k.sender, k.messageId))?.deliveryId;
        const row = id === undefined ? undefined : model.tables.deliveries.get(id);
        if (!row) return undefined;
        return {
          state: row.state,
          attempts: row.attempts,
          ...(row.providerMessageId === undefined ? {} : { providerMessageId: row.providerMessageId }),
          ...(row.error?.code === undefined ? {} : { errorCode: row.error.code }),
        };
      },
    },
    dispose: () => store.close(),
  };
};
