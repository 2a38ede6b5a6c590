import type { BookingStore, InboundMessage, OutboxItem } from '@antrean/core';
import { describe, expect, it } from 'vitest';
import { E164_A, PHONE_A, serviceFixture } from './service-fixture';

const VIA = '106540352242922';

/** Everything pending in the store, leased to a throwaway token far in the future. */
const pending = async (store: BookingStore, now: Date): Promise<readonly OutboxItem[]> =>
  (
    await store.claim({ now, leaseUntil: new Date(now.getTime() + 1000), leaseToken: 'probe', limit: 100 })
  )._unsafeUnwrap();

/** A fixture whose messages ask for API delivery from the business number `VIA`. */
async function apiFixture() {
  const fixture = await serviceFixture();
  const viaApi = (text: string, from = PHONE_A, messageId?: string): InboundMessage => ({
    ...fixture.message(text, from, messageId),
    replyVia: VIA,
  });
  const handle = async (message: InboundMessage) => (await fixture.service.handle(message))._unsafeUnwrap();
  return { ...fixture, viaApi, handle };
}

describe('replies recorded for delivery (replyVia)', () => {
  it('queues a confirmation as pending, to the E.164 sender from the business number, with its text', async () => {
    const { store, clock, viaApi, handle } = await apiFixture();
    const answer = await handle(viaApi('#BUDI#25011987#07122026'));
    expect(answer.outcome.kind).toBe('confirmed');
    const items = await pending(store, clock.now());
    expect(items).toEqual([
      expect.objectContaining({ channel: 'test', via: VIA, to: E164_A, text: answer.text, attempts: 0 }),
    ]);
  });

  it('queues refusals, help, status and cancellation replies too', async () => {
    const { store, clock, viaApi, handle } = await apiFixture();
    const booked = await handle(viaApi('#BUDI#25011987#07122026'));
    const code = booked.outcome.kind === 'confirmed' ? booked.outcome.code : '';
    const texts = [
      (await handle(viaApi('halo'))).text,
      (await handle(viaApi('#BUDI#250187#07122026'))).text,
      (await handle(viaApi(`#CEK#${code}`))).text,
      (await handle(viaApi(`#BATAL#${code}`))).text,
    ];
    const queued = (await pending(store, clock.now())).map((item) => item.text);
    expect(queued).toEqual([booked.text, ...texts]);
  });

  it('queues nothing for a redelivery, sequential or concurrent', async () => {
    const { store, clock, service, viaApi, handle } = await apiFixture();
    const booking = viaApi('#BUDI#25011987#07122026', PHONE_A, 'wamid.1');
    await handle(booking);
    expect((await handle(booking)).replayed).toBe(true);
    const help = viaApi('halo', PHONE_A, 'wamid.2');
    await Promise.all([service.handle(help), service.handle(help), service.handle(help)]);
    expect(await pending(store, clock.now())).toHaveLength(2);
  });

  it('queues nothing when the transport answers in its webhook response (no replyVia)', async () => {
    const { store, clock, send } = await apiFixture();
    await send('#BUDI#25011987#07122026');
    await send('halo');
    expect(await pending(store, clock.now())).toEqual([]);
  });
});
