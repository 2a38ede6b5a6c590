import { describe, expect, it } from 'vitest';
import { brokenHarness } from './support/broken-stores';
import { booksThenFailsOnNul, throwsOnNul } from './support/broken-text-stores';
import { named, runSuite } from './support/recording-api';

// The stored-text properties are only worth something if they fail for stores that are wrong
// about text a database refuses.
describe('the storage conformance suite, on text no database keeps', () => {
  const failedWith = async (breakStore: Parameters<typeof brokenHarness>[0]) =>
    named(await runSuite({ name: 'text', create: brokenHarness(breakStore) }), 'failed');

  it('fails a store whose writes throw on a NUL instead of answering an error', async () => {
    expect(await failedWith(throwsOnNul)).toEqual(
      expect.arrayContaining([
        'message log and ledger writes > recordReply: any text in the key, reply or delivery never throws; an error records nothing',
        'outbox writes > the marks: any text in id, lease token, provider id or error never throws; an error changes nothing',
      ]),
    );
  });

  it('fails a store that books, then fails on a NUL: a partial write', async () => {
    expect(await failedWith(booksThenFailsOnNul)).toContain(
      'message log and ledger writes > reserve: any text in a booking, session or message field never throws; an error books nothing',
    );
  });
});
