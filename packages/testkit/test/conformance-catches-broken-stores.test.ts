import { describe, expect, it } from 'vitest';
import { createMemoryHarness } from '../../storage-memory/test/memory-harness';
import {
  ignoresLeases,
  purgesPending,
  queuesRedeliveries,
  reportsLostLeasesAsDone,
} from './support/broken-outboxes';
import {
  brokenHarness,
  cancelsOnlyOnPaper,
  checksThenInserts,
  forgetsMessages,
  ignoresCapacity,
  prefersLaterSessions,
} from './support/broken-stores';
import { named, runSuite } from './support/recording-api';

// The suite is only worth something if it fails for stores that are wrong. Each case runs the
// whole suite outside Vitest (see recording-api.ts) against a deliberately broken store.
describe('the storage conformance suite', () => {
  it('passes a correct store and reports the capabilities it lacks as skipped, with the reason', async () => {
    const outcomes = await runSuite({ name: 'memory', create: createMemoryHarness });
    expect(named(outcomes, 'failed')).toEqual([]);
    expect(named(outcomes, 'passed').length).toBeGreaterThan(40);
    expect(named(outcomes, 'skipped')).toEqual([
      'several processes > multiProcess: two stores on one database share one queue (skipped: store declares multiProcess=false)',
      'durability > durable: bookings, places, bindings and replies survive reopen (skipped: store declares durable=false)',
      'several processes > multiProcess: two stores on one database share capacity, applicants and messages (skipped: store declares multiProcess=false)',
    ]);
  });

  it('fails a store whose second connection keeps its own places: capacity is not shared', async () => {
    // Two independent memory stores posing as one database: each thinks the session is empty.
    const outcomes = await runSuite({
      name: 'split',
      create: async () => {
        const harness = await createMemoryHarness();
        return {
          ...harness,
          store: { ...harness.store, capabilities: { multiProcess: true, durable: false } },
        };
      },
      connectAnother: createMemoryHarness,
    });
    expect(named(outcomes, 'failed')).toEqual([
      'several processes > multiProcess: two stores on one database share one queue',
      'several processes > multiProcess: two stores on one database share capacity, applicants and messages',
    ]);
  });

  it('fails a store that ignores capacity, in the capacity and concurrency tests', async () => {
    const failed = named(
      await runSuite({ name: 'broken', create: brokenHarness(ignoresCapacity) }),
      'failed',
    );
    expect(failed).toEqual(
      expect.arrayContaining([
        'capacity > fills the first candidate, then the next, then answers SessionsFull',
        'capacity > a cancelled booking frees its place; a checked-in one keeps it',
        'concurrency > 12 applicants at once for 5 places: exactly 5 reserved, 7 SessionsFull',
        'concurrency > property: random concurrent batches never exceed capacity and match the allocateSlot model',
      ]),
    );
  });

  it('fails a check-then-insert store only where calls run at once', async () => {
    const outcomes = await runSuite({ name: 'racy', create: brokenHarness(checksThenInserts) });
    const failed = named(outcomes, 'failed');
    expect(failed).not.toContain(
      'capacity > fills the first candidate, then the next, then answers SessionsFull',
    );
    expect(failed).toEqual(
      expect.arrayContaining([
        'concurrency > 12 applicants at once for 5 places: exactly 5 reserved, 7 SessionsFull',
        'concurrency > 15 applicants at once over three sessions of 3: each session exactly full',
      ]),
    );
    expect(failed.every((name) => name.startsWith('concurrency > '))).toBe(true);
  });

  it('fails a store that fills the sessions in the wrong order, in the model property too', async () => {
    const outcomes = await runSuite({ name: 'backwards', create: brokenHarness(prefersLaterSessions) });
    const property = outcomes.find((o) => o.name.includes('property: random concurrent batches'));
    expect(property?.status).toBe('failed');
    expect(property?.error).toContain('not the first session with room');
  });

  it('fails a store that does not deduplicate messages', async () => {
    const failed = named(
      await runSuite({ name: 'forgetful', create: brokenHarness(forgetsMessages) }),
      'failed',
    );
    expect(failed).toEqual(
      expect.arrayContaining([
        'messages answered by a write > the same message again is DuplicateMessage with the first reply, nothing written',
        'message log > recordReply keeps the first reply and returns it to every later call',
        'concurrency > one message delivered 5 times at once: one booking, five identical answers',
      ]),
    );
  });

  it('catches, through the probe, a store whose reads agree with wrong writes', async () => {
    const outcomes = await runSuite({ name: 'paper', create: brokenHarness(cancelsOnlyOnPaper) });
    const cancel = outcomes.find((o) =>
      o.name.endsWith('cancel from the booking phone cancels it and frees the place'),
    );
    expect(cancel?.status).toBe('failed');
    expect(cancel?.error).toContain("'active'");
  });
});

describe('the storage conformance suite, on the reply outbox', () => {
  const failedWith = async (breakStore: Parameters<typeof brokenHarness>[0]) =>
    named(await runSuite({ name: 'outbox', create: brokenHarness(breakStore) }), 'failed');

  it('fails a store whose claims ignore leases', async () => {
    expect(await failedWith(ignoresLeases)).toEqual(
      expect.arrayContaining([
        'claims and leases > a lease keeps the item from other claims until leaseUntil, then it is claimable again',
        'claims and leases > concurrent claims never return the same item, and between them leave none behind',
      ]),
    );
  });

  it('fails a store that reports a lost lease’s update as done', async () => {
    expect(await failedWith(reportsLostLeasesAsDone)).toContain(
      'updates under a lease > a lease taken over by another claim refuses every update of the old holder and changes nothing',
    );
  });

  it('fails a store whose purge drops replies not yet sent', async () => {
    expect(await failedWith(purgesPending)).toContain(
      'status callbacks, stats and retention > purge keeps a message whose reply is still pending, and removes old sent and failed ones',
    );
  });

  it('fails a store that queues a redelivery’s reply again', async () => {
    expect(await failedWith(queuesRedeliveries)).toContain(
      'deliveries recorded with replies > a redelivery creates no second item, whichever write sees it',
    );
  });
});
