import {
  constantTimeEqual,
  noAnswer,
  providerRefusal,
  readBody,
  retryableByCode,
} from '@antrean/webhook-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const post = (body: string | ReadableStream<Uint8Array> | null, headers: Record<string, string> = {}) =>
  new Request('https://bot.example.org/webhook', {
    method: 'POST',
    body,
    headers,
    duplex: 'half',
  } as RequestInit);

/** A stream of `chunks` chunks of `size` bytes, counting how many were pulled. */
const counted = (chunks: number, size: number) => {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += 1;
      if (pulled > chunks) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
  return { stream, pulled: () => pulled };
};

describe('readBody', () => {
  it('reads a body within the limit whole, and an absent one as empty', async () => {
    expect((await readBody(post('halo'), 4))._unsafeUnwrap()).toEqual(new TextEncoder().encode('halo'));
    expect(
      (await readBody(new Request('https://x.example/', { method: 'POST' }), 4))._unsafeUnwrap(),
    ).toEqual(new Uint8Array(0));
  });

  it('stops reading as soon as the body passes the limit', async () => {
    const { stream, pulled } = counted(1000, 1024);
    expect((await readBody(post(stream), 4096))._unsafeUnwrapErr()).toEqual({
      type: 'BodyTooLarge',
      limit: 4096,
    });
    expect(pulled()).toBeLessThan(10);
  });

  it('refuses a declared length over the limit without reading', async () => {
    const { stream, pulled } = counted(1, 1);
    const result = await readBody(post(stream, { 'content-length': '5000' }), 4096);
    expect(result._unsafeUnwrapErr().type).toBe('BodyTooLarge');
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it('answers a broken stream with BodyUnreadable, never a throw', async () => {
    const broken = new ReadableStream({ pull: () => Promise.reject(new Error('reset')) });
    expect((await readBody(post(broken), 10))._unsafeUnwrapErr()).toEqual({ type: 'BodyUnreadable' });
  });
});

describe('constantTimeEqual', () => {
  it('is true exactly when the bytes are equal', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.uint8Array({ maxLength: 40 }), (a, b) => {
        const same = a.length === b.length && a.every((byte, index) => byte === b[index]);
        expect(constantTimeEqual(a, b)).toBe(same);
        expect(constantTimeEqual(a, a.slice())).toBe(true);
      }),
    );
  });

  it('reads every byte of the expected value whatever the input, even when the first differs', () => {
    const reads: number[] = [];
    const expected = new Proxy(new Uint8Array(32).fill(7), {
      get(target, property) {
        if (typeof property === 'string' && /^\d+$/.test(property)) reads.push(Number(property));
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    expect(constantTimeEqual(new Uint8Array(32), expected)).toBe(false);
    expect(reads).toEqual(Array.from({ length: 32 }, (_, index) => index));
  });
});

describe('retryableByCode', () => {
  const codes = { retryable: new Set([1]), permanent: new Set([2]) };
  it.each([
    [1, 400, true],
    [2, 503, false],
    [3, 500, true],
    [3, 429, true],
    [3, 408, true],
    [3, 400, false],
    [undefined, 502, true],
    [undefined, 404, false],
  ])('code %s under HTTP %s: retryable %s (the code decides when listed)', (code, status, retryable) => {
    expect(retryableByCode(codes, code, status)).toBe(retryable);
  });
});

describe('providerRefusal', () => {
  const codes = { retryable: new Set([1]), permanent: new Set([2]) };
  it('keeps the code, status and message, retryable as the code lists say', () => {
    expect(providerRefusal(codes, 400, 1, 'slow down')).toEqual({
      type: 'SendFailed',
      retryable: true,
      reason: 'provider',
      code: 1,
      httpStatus: 400,
      message: 'slow down',
    });
    expect(providerRefusal(codes, 503, 2, 'gone')).toMatchObject({ retryable: false, code: 2 });
  });

  it('leaves the code out when the provider gave none, and judges by the status', () => {
    const refusal = providerRefusal(codes, 502, undefined, 'bad gateway');
    expect(refusal).not.toHaveProperty('code');
    expect(refusal.retryable).toBe(true);
  });
});

describe('noAnswer', () => {
  it('tells a timeout from a network error, both retryable', () => {
    expect(noAnswer(new DOMException('late', 'TimeoutError'))).toMatchObject({
      retryable: true,
      reason: 'timeout',
    });
    expect(noAnswer(new TypeError('fetch failed'))).toMatchObject({ retryable: true, reason: 'network' });
  });
});
