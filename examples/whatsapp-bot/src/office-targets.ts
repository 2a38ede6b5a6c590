import { createOfficeServices, type HostMetrics, type OfficesByNumber } from '@antrean/bot-host';
import type { BookingStore, Clock, InvalidDependency } from '@antrean/core';
import type { WebhookTarget } from '@antrean/transport-whatsapp';
import type { Result } from 'neverthrow';

/** Finds the office serving a business number; undefined for one this deployment does not serve. */
export type OfficeRoute = (phoneNumberId: string) => WebhookTarget | undefined;

/**
 * One booking service per office, each answering on its business number. Every message is
 * handled with `replyVia` set to that number, so its reply is recorded as pending delivery in the
 * booking's transaction and the dispatcher sends it. Delivery reports update the reply's record.
 */
export function createOfficeRoute(
  offices: OfficesByNumber,
  store: BookingStore,
  clock: Clock,
  metrics: HostMetrics,
): Result<OfficeRoute, InvalidDependency> {
  return createOfficeServices(offices, store, clock, metrics).map((handles) => {
    const targets = new Map<string, WebhookTarget>();
    for (const [phoneNumberId, handle] of handles) {
      targets.set(phoneNumberId, {
        handle: (message) => handle({ ...message, replyVia: phoneNumberId }),
        recordStatus: (status) =>
          store.recordDeliveryStatus({
            providerMessageId: status.providerMessageId,
            state: status.state,
            at: status.at,
            ...(status.errorCode === undefined ? {} : { errorCode: String(status.errorCode) }),
          }),
      });
    }
    return (phoneNumberId: string) => targets.get(phoneNumberId);
  });
}
