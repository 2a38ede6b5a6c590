import { createOfficeServices, type HostMetrics, type OfficesByNumber } from '@antrean/bot-host';
import type { BookingStore, Clock, InvalidDependency } from '@antrean/core';
import type { WebhookTarget } from '@antrean/transport-twilio';
import type { Result } from 'neverthrow';

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
  return createOfficeServices(offices, store, clock, metrics).map((handles) => (to) => {
    const handle = handles.get(to);
    return handle === undefined ? undefined : { handle };
  });
}
