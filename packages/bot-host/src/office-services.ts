import {
  type BookingStore,
  type Clock,
  createBookingService,
  type HandledMessage,
  type InboundMessage,
  type InvalidDependency,
  nanoidCodeGenerator,
  type ServiceError,
} from '@antrean/core';
import type { ResultAsync } from 'neverthrow';
import { ok, type Result } from 'neverthrow';
import type { OfficesByNumber } from './load-offices';
import type { HostMetrics } from './metrics';

/** An office's booking service's `handle`, every answer counted in the metrics. */
export type OfficeHandle = (message: InboundMessage) => ResultAsync<HandledMessage, ServiceError>;

/**
 * One booking service per office, by the channel number it answers on. A bot wraps each in its
 * transport's target (the WhatsApp bot adds `replyVia` and delivery reports; the Twilio bot
 * answers in TwiML as is).
 */
export function createOfficeServices(
  offices: OfficesByNumber,
  store: BookingStore,
  clock: Clock,
  metrics: HostMetrics,
): Result<ReadonlyMap<string, OfficeHandle>, InvalidDependency> {
  const handles = new Map<string, OfficeHandle>();
  for (const [number, office] of offices) {
    const service = createBookingService({ office, store, clock, generateCode: nanoidCodeGenerator });
    if (service.isErr()) return service.map(() => handles);
    handles.set(number, (message) =>
      service.value.handle(message).map((handled) => {
        metrics.countMessage(handled.outcome, handled.replayed);
        return handled;
      }),
    );
  }
  return ok(handles);
}
