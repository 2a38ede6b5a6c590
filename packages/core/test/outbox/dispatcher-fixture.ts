import {
  type BookingStore,
  createReplyDispatcher,
  type DispatchEvent,
  type OutboxItem,
  type ReplyDispatcher,
  type ReplyDispatcherOptions,
  type SendFailure,
} from '@antrean/core';
import { createMemoryStore } from '@antrean/storage-memory';
import { errAsync, okAsync, ResultAsync } from 'neverthrow';
import { type FakeTime, fakeTime } from './fake-time';

/** The business number every test reply goes out from. */
export const VIA = '106540352242922';

/** One call of the scripted send function, at virtual time `at`. */
export interface SendCall {
  readonly id: string;
  readonly to: string;
  readonly text: string;
  readonly at: number;
}

/** What the scripted send answers: a provider id, a failure, a throw, or a promise held open. */
export type Scripted = 'ok' | SendFailure | 'throw' | Promise<void>;

/** A retryable throughput failure, as the WhatsApp sender reports it. */
export const THROUGHPUT: SendFailure = {
  retryable: true,
  reason: 'provider',
  code: 130429,
  message: 'Rate limit hit',
};
/** A permanent failure: the number cannot receive WhatsApp messages. */
export const UNDELIVERABLE: SendFailure = {
  retryable: false,
  reason: 'provider',
  code: 131026,
  message: 'Undeliverable',
};

/** A memory store, virtual time, and a send function answering from a script (default: all sent). */
export async function dispatcherFixture(script: (call: SendCall, index: number) => Scripted = () => 'ok') {
  const time: FakeTime = fakeTime();
  const store: BookingStore = (await createMemoryStore())._unsafeUnwrap();
  const calls: SendCall[] = [];
  const events: DispatchEvent[] = [];
  let queued = 0;

  const send = (item: OutboxItem): ResultAsync<{ providerMessageId: string }, SendFailure> => {
    const call = { id: item.id, to: item.to, text: item.text, at: time.nowMs() };
    calls.push(call);
    const answer = script(call, calls.length - 1);
    const providerMessageId = `wamid.${item.id}.${calls.length}`;
    if (answer === 'ok') return okAsync({ providerMessageId });
    if (answer === 'throw') throw new Error('sender exploded');
    if (answer instanceof Promise) {
      return ResultAsync.fromSafePromise(answer.then(() => ({ providerMessageId })));
    }
    return errAsync(answer);
  };

  /** Records a handled message whose reply awaits delivery to `to`. */
  const enqueue = async (to = '+6281299004406', text = `reply ${queued + 1}`) => {
    queued += 1;
    const key = { channel: 'whatsapp', sender: to, messageId: `wamid.in.${queued}` };
    const reply = { text, outcome: { kind: 'help' as const } };
    await store.recordReply(key, reply, time.clock.now(), { via: VIA, to });
  };

  const dispatcher = (options: Partial<ReplyDispatcherOptions> = {}): ReplyDispatcher =>
    createReplyDispatcher({
      outbox: store,
      send,
      clock: time.clock,
      sleep: time.sleep,
      random: () => 0.5,
      onEvent: (event) => events.push(event),
      ...options,
    })._unsafeUnwrap();

  const pendingCount = async () => (await store.outboxStats())._unsafeUnwrap().pending;
  return { time, store, calls, events, send, enqueue, dispatcher, pendingCount };
}
