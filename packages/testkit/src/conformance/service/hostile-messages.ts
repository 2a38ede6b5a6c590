/**
 * The booking service over the store, fed hostile messages (control characters, NUL, lone
 * surrogates, bidi overrides, newlines, very long text, hostile `from`). Every reply must be
 * well-formed UTF-16 (no lone surrogate) with no control character but `\n`, be stored exactly as
 * sent and replayed identically on redelivery, and `to` must be at most 64 characters. A store
 * that cuts or refuses such text (NUL in SQLite/PostgreSQL) fails here.
 */
import {
  type BookingService,
  centralJakartaOffice,
  createBookingService,
  type HandledMessage,
  MAX_UNREAD_SENDER_LENGTH,
} from '@antrean/core';
import { fixedClock } from '@antrean/core/testing';
import fc from 'fast-check';
import { hostileMessageTextArb, hostileSenderArb } from '../../arbitraries/hostile-input';
import type { StoreHarness, SuiteContext } from '../conformance-types';
import { type Fixtures, fixtures, NOW } from '../fixtures';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const CONTROL_BUT_NEWLINE = /[^\P{Cc}\n]/u;

/** What is wrong with a reply text, if anything: lone surrogates or control characters. */
export const replyTextProblems = (text: string): string[] => [
  ...(LONE_SURROGATE.test(text) ? ['has a lone surrogate'] : []),
  ...(CONTROL_BUT_NEWLINE.test(text) ? ['has a control character other than \\n'] : []),
];

const serviceOver = ({ store }: StoreHarness, f: Fixtures): BookingService => {
  const service = createBookingService({
    office: { ...centralJakartaOffice, id: f.officeId },
    store,
    clock: fixedClock(NOW),
    generateCode: () => f.code().slice(0, 7),
  });
  if (service.isErr()) throw new Error(service.error.message);
  return service.value;
};

const handled = async (service: BookingService, message: Parameters<BookingService['handle']>[0]) => {
  const result = await service.handle(message);
  if (result.isErr()) throw new Error(`service error: ${result.error.type}: ${result.error.message}`);
  return result.value;
};

/** Declares the hostile-message property over the booking service and the store. */
export function hostileMessageTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;

  it('property: replies to hostile messages are clean UTF-16, stored and replayed identically, `to` ≤ 64', async () => {
    await fc.assert(
      fc.asyncProperty(hostileMessageTextArb, hostileSenderArb, async (text, from) => {
        const f = fixtures();
        const service = serviceOver(harness(), f);
        const message = { channel: 'test', messageId: f.messageKey().messageId, from, text, receivedAt: NOW };
        const first: HandledMessage = await handled(service, message);
        expect(replyTextProblems(first.text), JSON.stringify(first.text)).toEqual([]);
        expect(first.to.length).toBeLessThanOrEqual(MAX_UNREAD_SENDER_LENGTH);
        const stored = await harness().probe.messageReply({
          channel: 'test',
          sender: first.to,
          messageId: message.messageId,
        });
        expect(stored).toBe(first.text);
        const again = await handled(service, message);
        expect(again).toEqual({ ...first, replayed: true });
      }),
      { numRuns: 60 },
    );
  }, 120_000);
}
