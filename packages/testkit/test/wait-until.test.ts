import { describe, expect, it } from 'vitest';
import { waitUntil } from '../src/wait-until';

describe('waitUntil', () => {
  it('resolves once the check answers true, counting throws and rejections as "not yet"', async () => {
    let calls = 0;
    await waitUntil('the third call', async () => {
      calls += 1;
      if (calls === 1) throw new Error('not ready');
      if (calls === 2) return Promise.reject(new Error('still not ready'));
      return calls === 3;
    });
    expect(calls).toBe(3);
  });

  it('fails at its deadline naming what it awaited and what the check last gave', async () => {
    await expect(waitUntil('the sky to fall', () => 'sky still up', { timeoutMs: 30 })).rejects.toThrow(
      'timed out after 30 ms waiting for the sky to fall; it last gave sky still up',
    );
    await expect(
      waitUntil(
        'a reply',
        () => {
          throw new Error('no reply');
        },
        { timeoutMs: 30 },
      ),
    ).rejects.toThrow('waiting for a reply; it threw: no reply');
  });

  it('takes only true as done, not a truthy value', async () => {
    await expect(waitUntil('true', () => 1, { timeoutMs: 30 })).rejects.toThrow('it last gave 1');
  });
});
