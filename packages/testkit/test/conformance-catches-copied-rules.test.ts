import { describe, expect, it } from 'vitest';
import {
  bindingSinceExclusive,
  forgetsSender,
  ignoresOffice,
  lapsesAtDeadline,
} from './support/broken-rules';
import { brokenHarness } from './support/broken-stores';
import { named, runSuite } from './support/recording-api';

// The defects issue 6 found in real stores, each put into an otherwise correct memory store:
// the suite must fail each one in the tests written for it.
describe('the storage conformance suite on the defects of issue 6', () => {
  it("fails a store that lets office B find, cancel and check in office A's code", async () => {
    const failed = named(
      await runSuite({ name: 'one-office', create: brokenHarness(ignoresOffice) }),
      'failed',
    );
    expect(failed).toContain(
      "two offices on one store > office B does not see, cancel or check in office A's code, and B's counts stay untouched",
    );
  });

  it("fails a store that keys messages without the sender, handing one sender another's reply", async () => {
    const failed = named(
      await runSuite({ name: 'senderless', create: brokenHarness(forgetsSender) }),
      'failed',
    );
    expect(failed).toEqual(
      expect.arrayContaining([
        'message log > the same message id from another sender is another message, never handed the first reply',
        "messages answered by a write > the same channel and id from another sender is booked as its own message, never given the first sender's reply",
      ]),
    );
  });

  it('fails a store that writes the deadline rule again and lapses a code at its deadline', async () => {
    const failed = named(
      await runSuite({ name: 'early', create: brokenHarness(lapsesAtDeadline) }),
      'failed',
    );
    expect(failed).toEqual(
      expect.arrayContaining([
        'agreement with the core rules > findActiveByApplicant at the deadline agrees with isActiveAt',
        'agreement with the core rules > cancel at the deadline agrees with isActiveAt',
        'agreement with the core rules > markCheckedIn at the deadline agrees with isActiveAt',
        'agreement with the core rules > reserve at the deadline expires the old booking exactly when isActiveAt says it lapsed',
      ]),
    );
    expect(failed).not.toContain(
      'agreement with the core rules > cancel 1 ms before the deadline agrees with isActiveAt',
    );
  });

  it('fails a store that writes the binding rule again and drops a binding made at bindingSince', async () => {
    const failed = named(
      await runSuite({ name: 'unbound', create: brokenHarness(bindingSinceExclusive) }),
      'failed',
    );
    expect(failed).toContain(
      'agreement with the core rules > NumberBound with bindingSince at the binding agrees with checkNumberBinding',
    );
    expect(failed).not.toContain(
      'agreement with the core rules > NumberBound with bindingSince 1 ms before the binding agrees with checkNumberBinding',
    );
  });
});
