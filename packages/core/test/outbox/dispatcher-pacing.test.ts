import { describe, expect, it } from 'vitest';
import { dispatcherFixture } from './dispatcher-fixture';

/** The largest number of sends in any window of `windowMs` (inclusive at both ends). */
const busiestWindow = (times: readonly number[], windowMs: number): number => {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]! - sorted[i]! < windowMs) j++;
    most = Math.max(most, j - i + 1);
  }
  return most;
};

describe('reply dispatcher: pacing', () => {
  it('holds a burst to the number’s rate: never more than the rate in any second', async () => {
    const { time, calls, enqueue, dispatcher, pendingCount } = await dispatcherFixture();
    for (let i = 0; i < 120; i++) await enqueue(`+6281299${String(i).padStart(6, '0')}`);
    const sender = dispatcher({ ratePerSecond: 20, batchSize: 50 });
    for (let pass = 0; pass < 50 && (await pendingCount()) > 0; pass++) await time.settle(sender.runOnce());
    expect(calls).toHaveLength(120);
    expect(
      busiestWindow(
        calls.map((call) => call.at),
        1000,
      ),
    ).toBeLessThanOrEqual(20);
    const span = calls.at(-1)!.at - calls[0]!.at;
    expect(span).toBeGreaterThanOrEqual((119 * 1000) / 20);
  });

  it('keeps to the pair limit: a burst of 3 to one recipient, then one every 6 seconds', async () => {
    const { time, calls, enqueue, dispatcher, pendingCount } = await dispatcherFixture();
    for (let i = 0; i < 5; i++) await enqueue('+6281299004406');
    const sender = dispatcher();
    const start = time.nowMs();
    for (let pass = 0; pass < 20 && (await pendingCount()) > 0; pass++) {
      await time.settle(sender.runOnce());
      await time.advance(1000);
    }
    const offsets = calls.map((call) => call.at - start);
    expect(offsets.slice(0, 3)).toEqual([0, 13, 26]); // the number's own 80/s spacing, to whole ms
    expect(offsets[3]).toBeGreaterThanOrEqual(6000);
    expect(offsets[4]! - offsets[3]!).toBeGreaterThanOrEqual(6000);
  });

  it('does not hold back other recipients while one waits for its pair limit', async () => {
    const { time, calls, enqueue, dispatcher } = await dispatcherFixture();
    for (let i = 0; i < 4; i++) await enqueue('+6281299004406');
    await enqueue('+6281234567890');
    await time.settle(dispatcher().runOnce());
    expect(calls.map((call) => call.to)).toEqual([
      '+6281299004406',
      '+6281299004406',
      '+6281299004406',
      '+6281234567890',
    ]);
  });

  it('cuts a text over 4096 UTF-16 units without splitting a character', async () => {
    const { time, calls, enqueue, dispatcher } = await dispatcherFixture();
    await enqueue('+6281299004406', `${'a'.repeat(4095)}😀 and more`);
    await time.settle(dispatcher().runOnce());
    const sent = calls[0]!.text;
    expect(sent).toBe('a'.repeat(4095));
    expect(sent.length).toBeLessThanOrEqual(4096);
  });
});
