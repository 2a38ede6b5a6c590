import type { HostMetrics, OfficesByNumber } from '@antrean/bot-host';
import {
  type BookingStore,
  type Clock,
  createBookingService,
  type InvalidDependency,
  nanoidCodeGenerator,
} from '@antrean/core';
import type { WebhookTarget } from '@antrean/transport-whatsapp';
import { ok, type Result } from 'neverthrow';

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
  const targets = new Map<string, WebhookTarget>();
  for (const [phoneNumberId, office] of offices) {
    const service = createBookingService({ office, store, clock, generateCode: nanoidCodeGenerator });
    if (service.isErr()) return service.map(() => () => undefined);
    targets.set(phoneNumberId, {
      handle: (message) =>
        service.value.handle({ ...message, replyVia: phoneNumberId }).map((handled) => {
          metrics.countMessage(handled.outcome, handled.replayed);
          return handled;
        }),
      recordStatus: (status) =>
        store.recordDeliveryStatus({
          providerMessageId: status.providerMessageId,
          state: status.state,
          at: status.at,
          ...(status.errorCode === undefined ? {} : { errorCode: String(status.errorCode) }),
        }),
    });
  }
  return ok((phoneNumberId) => targets.get(phoneNumberId));
}
