/**
 * Stored text, counter queue: `issueWalkIn` and `callNext` given any string (NUL and lone
 * surrogates included) in one stored field never throw or reject, and an error leaves the day's
 * tickets and audit trail as they were.
 */
import fc from 'fast-check';
import type { SuiteContext } from '../conformance-types';
import { callAt, walkIn } from '../counter-queue/desk-fixtures';
import { DAY, fixtures, later, NOW } from '../fixtures';
import { settled } from '../support';
import { answered, anyStoredTextArb, probed, STORED_TEXT_RUNS } from './unstorable-text';

const WALK_IN_FIELDS = ['officeId', 'series', 'reason', 'officer'] as const;
const CALL_FIELDS = ['counter', 'officer'] as const;

/** Declares the counter queue's stored-text properties. */
export function queueTextTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;
  const audit = (officeId: string) => ({ officeId, from: later(NOW, -60), to: later(NOW, 60), limit: 10 });

  it('issueWalkIn: any text in office, series, reason or officer never throws; an error issues nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...WALK_IN_FIELDS), anyStoredTextArb, async (field, text) => {
        const { store } = harness();
        const input = { ...walkIn(fixtures().officeId), [field]: text };
        if (await answered(() => store.issueWalkIn(input))) return;
        const tickets = await probed(async () => settled(store.listTickets(input.officeId, DAY)), []);
        expect(tickets).toEqual([]);
        expect(await probed(async () => settled(store.listAudit(audit(input.officeId))), [])).toEqual([]);
      }),
      { numRuns: STORED_TEXT_RUNS },
    );
  });

  it('callNext: any text as counter or officer never throws; an error calls nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CALL_FIELDS), anyStoredTextArb, async (field, text) => {
        const { store } = harness();
        const { officeId } = fixtures();
        await settled(store.issueWalkIn(walkIn(officeId)));
        const before = await settled(store.listAudit(audit(officeId)));
        const input = { ...callAt(officeId, '1'), [field]: text };
        if (await answered(() => store.callNext(input))) return;
        const tickets = await settled(store.listTickets(officeId, DAY));
        expect(tickets.map((ticket) => [ticket.status, ticket.calls])).toEqual([['waiting', 0]]);
        expect(await settled(store.listAudit(audit(officeId)))).toEqual(before);
      }),
      { numRuns: STORED_TEXT_RUNS },
    );
  });
}
