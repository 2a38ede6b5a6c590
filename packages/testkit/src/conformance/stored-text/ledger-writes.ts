/**
 * Stored text, message log and ledger: `recordReply`, `reserve` and `cancel` given any string
 * (NUL and lone surrogates included) in one stored field never throw or reject, and an error
 * leaves nothing of the write behind: no message, no delivery, no booking, no taken place.
 */
import fc from 'fast-check';
import type { SuiteContext } from '../conformance-types';
import { cancelInput, DAY, fixtures, helpReply, NOW, newBooking, reserveInput, slot } from '../fixtures';
import { bookFresh } from '../support';
import { answered, anyStoredTextArb, probed, STORED_TEXT_RUNS } from './unstorable-text';

const KEY_FIELDS = ['channel', 'sender', 'messageId'] as const;
const RECORD_FIELDS = [...KEY_FIELDS, 'reply', 'via', 'to'] as const;
const RESERVE_FIELDS = [
  'officeId',
  'code',
  'applicantKey',
  'name',
  'phone',
  'slotId',
  'messageId',
  'reply',
] as const;
const CANCEL_FIELDS = ['officeId', 'code', 'phone', 'messageId', 'reply'] as const;

/** Declares the ledger's stored-text properties. */
export function ledgerTextTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;

  it('recordReply: any text in the key, reply or delivery never throws; an error records nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...RECORD_FIELDS), anyStoredTextArb, async (field, text) => {
        const { store, probe } = harness();
        const clean = fixtures().messageKey();
        const key = field in clean ? { ...clean, [field]: text } : clean;
        const reply = helpReply(field === 'reply' ? text : 'stored text');
        const delivery = {
          via: field === 'via' ? text : '106540352242922',
          to: field === 'to' ? text : key.sender,
        };
        if (await answered(() => store.recordReply(key, reply, NOW, delivery))) return;
        expect(await probed(() => probe.messageReply(key), undefined)).toBeUndefined();
        expect(await probed(() => probe.delivery(key), undefined)).toBeUndefined();
      }),
      { numRuns: STORED_TEXT_RUNS },
    );
  });

  it('reserve: any text in a booking, session or message field never throws; an error books nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...RESERVE_FIELDS), anyStoredTextArb, async (field, text) => {
        const { store, probe } = harness();
        const f = fixtures();
        const draft = newBooking(f);
        const booking = {
          ...draft,
          ...(field === 'officeId' || field === 'code' || field === 'applicantKey' || field === 'phone'
            ? { [field]: text }
            : {}),
          applicant: { ...draft.applicant, name: field === 'name' ? text : draft.applicant.name },
        };
        const session = { ...slot(DAY, '09:00', 5), ...(field === 'slotId' ? { slotId: text } : {}) };
        const key = { ...f.messageKey(), ...(field === 'messageId' ? { messageId: text } : {}) };
        const message = { key, render: () => helpReply(field === 'reply' ? text : 'booked') };
        const input = reserveInput(booking, [session], { message });
        if (await answered(() => store.reserve(input))) return;
        expect(await probed(() => probe.booking(booking.code), undefined)).toBeUndefined();
        expect(await probed(() => probe.heldInSlot(booking.officeId, session.slotId), 0)).toBe(0);
        expect(await probed(() => probe.messageReply(key), undefined)).toBeUndefined();
      }),
      { numRuns: STORED_TEXT_RUNS },
    );
  });

  it('cancel: any text in its fields or message never throws; an error cancels nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CANCEL_FIELDS), anyStoredTextArb, async (field, text) => {
        const { store, probe } = harness();
        const { f, booking } = await bookFresh(store, fixtures(), [slot(DAY, '09:00', 5)]);
        const key = { ...f.messageKey(), ...(field === 'messageId' ? { messageId: text } : {}) };
        const message = { key, render: () => helpReply(field === 'reply' ? text : 'cancelled') };
        const input = cancelInput(booking, NOW, {
          ...(field === 'officeId' || field === 'code' || field === 'phone' ? { [field]: text } : {}),
          message,
        });
        if (await answered(() => store.cancel(input))) return;
        expect((await probe.booking(booking.code))?.status).toBe('active');
        expect(await probed(() => probe.messageReply(key), undefined)).toBeUndefined();
      }),
      { numRuns: STORED_TEXT_RUNS },
    );
  });
}
