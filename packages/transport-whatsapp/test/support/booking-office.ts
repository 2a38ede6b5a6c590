import {
  type BookingService,
  centralJakartaOffice,
  createBookingService,
  type HandledMessage,
  nanoidCodeGenerator,
} from '@antrean/core';
import { fixedClock } from '@antrean/core/testing';
import { createMemoryStore, memoryTablesOf } from '@antrean/storage-memory';
import type { WebhookTarget } from '@antrean/transport-whatsapp';

/** A real booking service over a memory store, as a webhook target that remembers its answers. */
export interface BookingOffice {
  readonly target: WebhookTarget;
  readonly service: BookingService;
  readonly answers: HandledMessage[];
  /** Bookings in the store. */
  bookings(): number;
}

/** Central Jakarta's office on Friday 1 March 2030, 10:00 WIB. */
export async function bookingOffice(): Promise<BookingOffice> {
  const store = (await createMemoryStore())._unsafeUnwrap();
  const service = createBookingService({
    office: centralJakartaOffice,
    store,
    clock: fixedClock(new Date('2030-03-01T03:00:00Z')),
    generateCode: nanoidCodeGenerator,
  })._unsafeUnwrap();
  const answers: HandledMessage[] = [];
  const target: WebhookTarget = {
    handle: (message) =>
      service.handle(message).map((handled) => {
        answers.push(handled);
        return handled;
      }),
  };
  return { target, service, answers, bookings: () => memoryTablesOf(store)?.bookings.size ?? 0 };
}
