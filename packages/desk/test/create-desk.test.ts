import { centralJakartaOffice } from '@antrean/core';
import { createMemoryStore } from '@antrean/storage-memory';
import { describe, expect, it } from 'vitest';
import { createDesk, type DeskOptions } from '../src';
import { createSignInThrottle } from '../src/http/sign-in-throttle';

const hash = 'scrypt$1024$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

describe('createDesk', () => {
  it('refuses options that cannot work, naming the option', async () => {
    const store = (await createMemoryStore())._unsafeUnwrap();
    const good: DeskOptions = {
      offices: [{ office: centralJakartaOffice, store }],
      users: [{ name: 'siti', role: 'officer', office: centralJakartaOffice.id, passwordHash: hash }],
      secret: 'a-test-secret-of-at-least-32-characters',
    };
    const desk = createDesk(good);
    expect(desk.isOk()).toBe(true);
    await desk._unsafeUnwrap().close();
    const refused = (change: Partial<DeskOptions>) =>
      createDesk({ ...good, ...change })._unsafeUnwrapErr().option;
    expect(refused({ secret: 'x'.repeat(31) })).toBe('secret');
    expect(refused({ offices: [] })).toBe('offices');
    expect(refused({ offices: [good.offices[0]!, good.offices[0]!] })).toBe('offices');
    expect(refused({ users: [{ ...good.users[0]!, office: 'elsewhere' }] })).toBe('users');
    expect(refused({ walkInEvery: 0 })).toBe('walkInEvery');
    expect(refused({ eventPollMs: 0 })).toBe('eventPollMs');
    expect(refused({ walkInSeries: 'w1' })).toBe('walkInSeries');
  });
});

describe('the sign-in throttle', () => {
  it('blocks a key after the allowed failures until the oldest leaves the window, and forgets on success', () => {
    const throttle = createSignInThrottle(3, 60_000);
    for (const at of [0, 10_000, 20_000]) {
      expect(throttle.retryAfterSeconds(['siti'], at)).toBe(0);
      throttle.fail(['siti'], at);
    }
    expect(throttle.retryAfterSeconds(['siti'], 30_000)).toBe(30);
    expect(throttle.retryAfterSeconds(['budi'], 30_000)).toBe(0);
    expect(throttle.retryAfterSeconds(['siti'], 60_001)).toBe(0);
    throttle.pardon('siti', 20_000);
    throttle.fail(['siti'], 61_000);
    expect(throttle.retryAfterSeconds(['siti'], 61_000)).toBe(0);
    throttle.forget('siti');
    expect(throttle.retryAfterSeconds(['siti'], 61_000)).toBe(0);
  });
});
