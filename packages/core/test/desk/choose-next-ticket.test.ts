import { chooseNextTicket, type QueueTicket, type TicketStatus } from '@antrean/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const DAY_START = Date.parse('2030-03-04T01:00:00Z');
const HOUR = 3_600_000;

const ticket = (
  kind: QueueTicket['kind'],
  sequence: number,
  extra: Partial<QueueTicket> = {},
): QueueTicket => ({
  officeId: 'jakpus',
  date: '2030-03-04',
  number: `${kind === 'booking' ? 'A' : 'W'}-${String(sequence).padStart(3, '0')}`,
  series: kind === 'booking' ? 'A' : 'W',
  sequence,
  kind,
  issuedAt: new Date(DAY_START + sequence * 1000),
  issuedBy: 'siti',
  status: 'waiting',
  calls: 0,
  ...(kind === 'booking' ? { sessionStartsAt: new Date(DAY_START), code: `CODE${sequence}` } : {}),
  ...extra,
});

const statusArb = fc.constantFrom<TicketStatus>('waiting', 'called', 'served', 'absent');

/** A day's tickets in any states, with distinct numbers and call orders for those called. */
const dayArb = fc
  .array(
    fc.record({
      kind: fc.constantFrom<QueueTicket['kind']>('booking', 'walk_in'),
      session: fc.integer({ min: 0, max: 3 }),
      status: statusArb,
    }),
    { maxLength: 30 },
  )
  .map((drafts) => {
    let callOrder = 0;
    return drafts.map((draft, index) =>
      ticket(draft.kind, index + 1, {
        status: draft.status,
        ...(draft.kind === 'booking' ? { sessionStartsAt: new Date(DAY_START + draft.session * HOUR) } : {}),
        ...(draft.status === 'waiting' ? {} : { callOrder: ++callOrder, calls: 1, counter: '1' }),
      }),
    );
  });

/** Calls every ticket of the day in turn, as counters would, returning the order they were called in. */
const callAll = (day: QueueTicket[], every: number): QueueTicket[] => {
  const tickets = [...day];
  const called: QueueTicket[] = [];
  for (;;) {
    const next = chooseNextTicket(tickets, every);
    if (!next) return called;
    const index = tickets.indexOf(next);
    const done: QueueTicket = { ...next, status: 'served', callOrder: called.length + 1, calls: 1 };
    tickets[index] = done;
    called.push(done);
  }
};

describe('chooseNextTicket', () => {
  it('picks a waiting ticket of the day exactly when one waits', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: -2, max: 6 }), (day, every) => {
        const next = chooseNextTicket(day, every);
        const waiting = day.filter((t) => t.status === 'waiting');
        if (waiting.length === 0) expect(next).toBeUndefined();
        else expect(waiting).toContain(next);
      }),
    );
  });

  it('calls everyone once, bookings by session then sequence, walk-ins by sequence', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 5 }), (day, every) => {
        const waiting = day.map((t) => ({ ...t, status: 'waiting' as const, callOrder: undefined }));
        const called = callAll(
          waiting.map(({ callOrder: _, ...t }) => t),
          every,
        );
        expect(called.map((t) => t.number).sort()).toEqual(waiting.map((t) => t.number).sort());
        const bookings = called.filter((t) => t.kind === 'booking');
        const ordered = [...bookings].sort(
          (a, b) =>
            (a.sessionStartsAt?.getTime() ?? 0) - (b.sessionStartsAt?.getTime() ?? 0) ||
            a.sequence - b.sequence,
        );
        expect(bookings.map((t) => t.number)).toEqual(ordered.map((t) => t.number));
        const walkIns = called.filter((t) => t.kind === 'walk_in').map((t) => t.sequence);
        expect(walkIns).toEqual([...walkIns].sort((a, b) => a - b));
      }),
    );
  });

  it('calls one walk-in after every `walkInEvery` booking calls while both wait, over a day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 5 }),
        (bookings, walkIns, every) => {
          const day = [
            ...Array.from({ length: bookings }, (_, i) => ticket('booking', i + 1)),
            ...Array.from({ length: walkIns }, (_, i) => ticket('walk_in', i + 1)),
          ];
          const kinds = callAll(day, every).map((t) => (t.kind === 'booking' ? 'b' : 'w'));
          // While both kinds wait, the calls go b×every then w, repeated; the rest is one kind.
          const both = Math.min(walkIns, Math.floor(bookings / every));
          const expected = [
            ...Array.from({ length: both }, () => [...'b'.repeat(every), 'w']).flat(),
            ...'b'.repeat(bookings - both * every),
            ...'w'.repeat(walkIns - both),
          ];
          // When bookings run out first, the remaining walk-ins follow them.
          expect(kinds.join('')).toBe(expected.join(''));
        },
      ),
    );
  });

  it('counts booking calls since the last walk-in call, whoever called them', () => {
    const day = [
      ticket('booking', 1, { status: 'served', callOrder: 1, calls: 1 }),
      ticket('walk_in', 1, { status: 'served', callOrder: 2, calls: 1 }),
      ticket('booking', 2, { status: 'called', callOrder: 3, calls: 1 }),
      ticket('booking', 3),
      ticket('walk_in', 2),
    ];
    expect(chooseNextTicket(day, 2)?.number).toBe('A-003');
    expect(chooseNextTicket(day, 1)?.number).toBe('W-002');
  });

  it('calls an earlier session first even when its number is higher', () => {
    const late = ticket('booking', 1, { sessionStartsAt: new Date(DAY_START + 2 * HOUR) });
    const early = ticket('booking', 2, { sessionStartsAt: new Date(DAY_START) });
    expect(chooseNextTicket([late, early], 3)).toBe(early);
  });
});
