import type { HostMetrics, OfficesByNumber } from '@antrean/bot-host';
import {
  type BookingStore,
  type Clock,
  createBookingService,
  type InvalidDependency,
  nanoidCodeGenerator,
} from '@antrean/core';
import type { WebhookTarget } from '@antrean/transport-twilio';
import { ok, type Result } from 'neverthrow';

/** Finds the office serving a receiving number; undefined for one this deployment does not serve. */
export type OfficeRoute = (to: string) => WebhookTarget | undefined;

/**
 * One booking service per office, each answering on its receiving number (WhatsApp sender and SMS
 * number alike, when they are one number). Messages carry no `replyVia`: the reply is recorded with
 * the booking and returned in the webhook's TwiML, so a retried webhook gets the same answer.
 */
export function createOfficeRoute(
  offices: OfficesByNumber,
  store: BookingStore,
  clock: Clock,
  metrics: HostMetrics,
): Result<OfficeRoute, InvalidDependency> {
  const targets = new Map<string, WebhookTarget>();
  for (const [number, office] of offices) {
    const service = createBookingService({ office, store, clock, generateCode: nanoidCodeGenerator });
    if (service.isErr()) return service.map(() => () => undefined);
    targets.set(number, {
      handle: (message) =>
        service.value.handle(message).map((handled) => {
          metrics.countMessage(handled.outcome, handled.replayed);
          return handled;
        }),
    });
  }
  return ok((to) => targets.get(to));
}
