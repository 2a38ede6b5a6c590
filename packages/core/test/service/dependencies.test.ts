import { type BookingServiceDeps, centralJakartaOffice, createBookingService } from '@antrean/core';
import { fixedClock } from '@antrean/core/testing';
import { createMemoryStore } from '@antrean/storage-memory';
import { describe, expect, it } from 'vitest';

const validDeps = async (): Promise<BookingServiceDeps> => ({
  office: centralJakartaOffice,
  store: (await createMemoryStore())._unsafeUnwrap(),
  clock: fixedClock(new Date('2026-11-30T02:00:00Z')),
  generateCode: () => 'ABCDEFG',
});

/** What a JavaScript caller (no type checker) might pass: any value for one dependency. */
const withDep = async (name: string, value: unknown): Promise<BookingServiceDeps> =>
  ({ ...(await validDeps()), [name]: value }) as unknown as BookingServiceDeps;

describe('createBookingService refuses unusable dependencies at construction', () => {
  it('accepts valid dependencies', async () => {
    expect(createBookingService(await validDeps()).isOk()).toBe(true);
  });

  it('names generateCode when given the result of calling a generator factory (a string), or nothing', async () => {
    for (const value of ['V1StGXR', undefined, null, {}]) {
      const result = createBookingService(await withDep('generateCode', value));
      expect(result._unsafeUnwrapErr()).toMatchObject({
        type: 'InvalidDependency',
        dependency: 'generateCode',
        message: expect.stringContaining('must be a function'),
      });
    }
  });

  it('names the store and the methods it lacks', async () => {
    const { store } = await validDeps();
    const { health: _health, markCheckedIn: _mark, ...partial } = store;
    const result = createBookingService(await withDep('store', partial));
    expect(result._unsafeUnwrapErr()).toMatchObject({
      dependency: 'store',
      message: 'store lacks the methods markCheckedIn, health',
    });
    expect(createBookingService(await withDep('store', undefined))._unsafeUnwrapErr().dependency).toBe(
      'store',
    );
  });

  it('names a clock without now()', async () => {
    for (const value of [{}, { now: new Date() }, Date, undefined]) {
      const result = createBookingService(await withDep('clock', value));
      expect(result._unsafeUnwrapErr()).toMatchObject({ dependency: 'clock' });
    }
  });

  it('names an office that does not parse, with its problems', async () => {
    const result = createBookingService(
      await withDep('office', { ...centralJakartaOffice, timeZone: 'Mars/Olympus' }),
    );
    expect(result._unsafeUnwrapErr()).toMatchObject({
      dependency: 'office',
      message: expect.stringContaining('timeZone'),
    });
    expect(createBookingService(await withDep('office', undefined))._unsafeUnwrapErr().dependency).toBe(
      'office',
    );
  });

  it('names a language that is neither id nor en', async () => {
    expect(createBookingService(await withDep('language', 'fr'))._unsafeUnwrapErr().dependency).toBe(
      'language',
    );
  });

  it('fills office defaults a JavaScript caller left out (checkInOpensMinutesBefore 120)', async () => {
    const { checkInOpensMinutesBefore: _omitted, ...older } = centralJakartaOffice;
    expect(createBookingService(await withDep('office', older)).isOk()).toBe(true);
  });
});
