import {
  type BookingService,
  type BookingStore,
  type Clock,
  type CodeGenerator,
  centralJakartaOffice,
  createBookingService,
  type HandledMessage,
  type InboundMessage,
  type Language,
  type OfficeConfig,
} from '@antrean/core';
import { sequenceCodeGenerator } from '@antrean/core/testing';
import { createMemoryStore } from '@antrean/storage-memory';

/** Monday 30 November 2026, 09:00 WIB: the default instant every service test starts at. */
export const MONDAY_0900_WIB = new Date('2026-11-30T02:00:00Z');

/** Mobile numbers of applicants, in the local form people type. */
export const PHONE_A = '081299004406';
export const PHONE_B = '081234567890';
export const E164_A = '+6281299004406';
/** A Jakarta landline. */
export const LANDLINE = '0213456789';

/** Central Jakarta with tiny sessions so a day fills up in a few messages. */
export function smallOffice(overrides: Partial<OfficeConfig> = {}): OfficeConfig {
  return {
    ...centralJakartaOffice,
    sessions: [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '10:00', capacity: 1 },
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '10:00', end: '12:00', capacity: 1 },
    ],
    ...overrides,
  };
}

/** A clock the test can move. */
export interface MovableClock extends Clock {
  set(instant: Date | string): void;
}

export function movableClock(start: Date = MONDAY_0900_WIB): MovableClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (instant) => {
      current = new Date(instant);
    },
  };
}

/** A service over a fresh memory store (or `options.store`), and helpers to talk to it as applicants. */
export async function serviceFixture(
  options: {
    office?: OfficeConfig;
    generateCode?: CodeGenerator;
    language?: Language;
    store?: BookingStore;
    clock?: MovableClock;
  } = {},
) {
  const office = options.office ?? smallOffice();
  const store = options.store ?? (await createMemoryStore())._unsafeUnwrap();
  const clock = options.clock ?? movableClock();
  const service: BookingService = createBookingService({
    office,
    store,
    clock,
    generateCode: options.generateCode ?? sequenceCodeGenerator(1000),
    ...(options.language === undefined ? {} : { language: options.language }),
  })._unsafeUnwrap();
  let sequence = 0;
  const message = (text: string, from = PHONE_A, messageId = `m${++sequence}`): InboundMessage => ({
    channel: 'test',
    messageId,
    from,
    text,
    receivedAt: clock.now(),
  });
  /** Sends a message and returns the handled answer, failing the test on a service error. */
  const send = async (text: string, from = PHONE_A, messageId?: string): Promise<HandledMessage> => {
    const result = await service.handle(message(text, from, messageId));
    if (result.isErr()) throw new Error(`service error: ${result.error.message}`);
    return result.value;
  };
  return { office, store, clock, service, message, send };
}

/** The outcome's code without its dash, as the store keys it. */
export const canonical = (code: string): string => code.replace('-', '');
