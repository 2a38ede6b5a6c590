import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDesk } from '../src';
import { createStreamCaps, DISPLAY_STREAM_DEFAULTS } from '../src/http/stream-caps';
import { type SmallDesk, smallDesk } from './support/small-desk';
import { sseReader } from './support/sse-reader';

type Reader = ReturnType<typeof sseReader>;

describe('caps on the public display streams', () => {
  let small: SmallDesk;
  const readers: Reader[] = [];
  /** Opens office A's display stream from `address` as Node's adapter would bind it. */
  const open = (address: string) =>
    small.host.request(
      `${small.base}display/A/events`,
      {},
      { incoming: { socket: { remoteAddress: address } } },
    );
  /** A stream from `address` that is open: its snapshot has arrived. */
  const opened = async (address: string): Promise<Reader> => {
    const answer = await open(address);
    expect(answer.status).toBe(200);
    const reader = sseReader(answer);
    readers.push(reader);
    expect((await reader.next()).event).toBe('snapshot');
    return reader;
  };

  beforeAll(async () => {
    small = await smallDesk({ displayStreams: { perClient: 2, total: 3 } });
  });
  afterAll(async () => {
    await Promise.all(readers.map((reader) => reader.close()));
    await small.desk.close();
  });

  it('answers 429 one past the per-client cap and one past the total, and a closed stream frees its place', async () => {
    const first = await opened('10.0.0.1');
    await opened('10.0.0.1');
    const third = await open('10.0.0.1');
    expect(third.status).toBe(429);
    expect(await third.json()).toEqual({
      error: 'TooManyDisplaysFromClient',
      message: 'Terlalu banyak layar antrean terbuka dari alamat ini. Tutup salah satu lalu coba lagi.',
    });
    await opened('10.0.0.2');
    const past = await open('10.0.0.3');
    expect([past.status, ((await past.json()) as { error: string }).error]).toEqual([429, 'TooManyDisplays']);

    await first.close();
    // The server frees the place once it sees the stream gone: retry until it does.
    const deadline = Date.now() + 5000;
    let again = await open('10.0.0.3');
    while (again.status === 429 && Date.now() < deadline) {
      await again.body?.cancel();
      again = await open('10.0.0.3');
    }
    expect(again.status).toBe(200);
    const reader = sseReader(again);
    readers.push(reader);
    expect((await reader.next()).event).toBe('snapshot');
  });

  it('frees places counted per address and in all, once each however often released', () => {
    const caps = createStreamCaps({ perClient: 1, total: 2 });
    const a = caps.take('a');
    expect(a.type).toBe('Open');
    expect(caps.take('a')).toEqual({ type: 'Refused', cap: 'perClient' });
    expect(caps.take('b').type).toBe('Open');
    expect(caps.take('c')).toEqual({ type: 'Refused', cap: 'total' });
    if (a.type === 'Open') {
      a.release();
      a.release();
    }
    expect(caps.take('c').type).toBe('Open');
    expect(caps.take('a')).toEqual({ type: 'Refused', cap: 'total' });
    expect(DISPLAY_STREAM_DEFAULTS).toEqual({ perClient: 10, total: 200 });
  });

  it('refuses caps that are not whole numbers of at least 1, naming the option', async () => {
    const options = small.options;
    for (const [displayStreams, option] of [
      [{ perClient: 0 }, 'displayStreams.perClient'],
      [{ total: 1.5 }, 'displayStreams.total'],
      [{ perClient: 2, total: -1 }, 'displayStreams.total'],
    ] as const)
      expect(createDesk({ ...options, displayStreams })._unsafeUnwrapErr().option).toBe(option);
    await createDesk(options)._unsafeUnwrap().close();
  });
});
