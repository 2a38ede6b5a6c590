import { expect, it } from 'vitest';
import { seedBooking } from './desk-fixtures';
import { type DeskUnderTest, signedIn } from './desk-under-test';
import { sseReader } from './sse-reader';

const HOUR = 3_600_000;

/** Office C's counters: calling order with walk-ins, recall, served, absent, the events, the audit trail. */
export function callingTests(desk: () => DeskUnderTest): void {
  const signIn = (name: string) => signedIn(desk(), name);
  const seed = (at: number) =>
    seedBooking(desk().store, desk().offices.C, { startsAt: new Date(Date.now() + at) });

  it('calls bookings by session then number, one walk-in after every three bookings, and refuses a busy or idle counter', async () => {
    const cici = await signIn('cici');
    expect((await cici.post('api/call-next', { counter: 1 })).body.error).toBe('QueueEmpty');
    expect((await cici.post('api/recall', { counter: 1 })).body.error).toBe('NothingCalled');
    const later = await seed(2 * HOUR);
    const sooner = await Promise.all([seed(HOUR), seed(HOUR), seed(HOUR)]);
    const numbers: Record<string, string> = {};
    for (const code of [later, ...sooner])
      numbers[code] = (await cici.post('api/check-in', { code })).body.ticket.number;
    const w1 = (await cici.post('api/walk-in', { reason: 'paspor hilang' })).body.ticket.number;
    const w2 = (await cici.post('api/walk-in', { reason: 'paspor rusak' })).body.ticket.number;
    const called: string[] = [];
    for (let i = 0; i < 6; i++) {
      const call = await cici.post('api/call-next', { counter: '1' });
      expect(call.status).toBe(200);
      expect(call.body.ticket).toMatchObject({ status: 'called', counter: 'Loket 1', calls: 1 });
      called.push(call.body.ticket.number);
      const busy = await cici.post('api/call-next', { counter: 1 });
      expect([busy.status, busy.body.error, busy.body.ticket.number]).toEqual([
        409,
        'CounterBusy',
        call.body.ticket.number,
      ]);
      expect((await cici.post('api/served', { counter: 1 })).body.ticket).toMatchObject({ status: 'served' });
    }
    const bookingOrder = sooner.map((code) => numbers[code]);
    expect(called).toEqual([...bookingOrder, w1, numbers[later], w2]);
    expect((await cici.post('api/call-next', { counter: 'loket 1' })).body.error).toBe('QueueEmpty');
    for (const counter of ['', 'Loket', 'A'.repeat(13), '<b>', -1])
      expect((await cici.post('api/call-next', { counter })).body.error).toBe('InvalidCounter');
  });

  it('recalls (calls + 1) and marks absent; the officer stream and the public display see the calls', async () => {
    const cici = await signIn('cici');
    const events = await desk().send(`${desk().base}api/events`, { headers: { cookie: cici.cookie } });
    expect(events.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const display = await desk().send(`${desk().base}display/C/events`, {});
    const officer = sseReader(events);
    const board = sseReader(display);
    try {
      expect((await officer.next()).event).toBe('snapshot');
      // The six numbers called and served above are still the display's last calls.
      const first = await board.next();
      expect(first.event).toBe('snapshot');
      expect(first.data.calls).toHaveLength(6);
      expect(first.data.calls.every((call: { finished: boolean }) => call.finished)).toBe(true);
      const code = await seed(HOUR);
      const ticket = (await cici.post('api/check-in', { code })).body.ticket.number;
      expect(await officer.next()).toMatchObject({
        event: 'ticket',
        data: { change: 'issued', ticket: { number: ticket } },
      });
      // `Loket-2`, `2` and `LOKET  2` are one counter, named `Loket 2` everywhere.
      expect((await cici.post('api/call-next', { counter: 'Loket-2' })).body.ticket.number).toBe(ticket);
      expect(await officer.next()).toMatchObject({
        event: 'ticket',
        data: { change: 'called', ticket: { number: ticket, counter: 'Loket 2' } },
      });
      expect(await board.next()).toEqual({
        event: 'called',
        data: { number: ticket, counter: 'Loket 2', calls: 1 },
      });
      const recall = await cici.post('api/recall', { counter: 'LOKET  2' });
      expect(recall.body.ticket).toMatchObject({ number: ticket, calls: 2 });
      expect(await board.next()).toEqual({
        event: 'called',
        data: { number: ticket, counter: 'Loket 2', calls: 2 },
      });
      expect((await cici.post('api/absent', { counter: 2 })).body.ticket).toMatchObject({
        number: ticket,
        status: 'absent',
      });
      expect(await board.next()).toEqual({ event: 'finished', data: { number: ticket } });
      expect((await cici.post('api/served', { counter: 2 })).body.error).toBe('NothingCalled');
    } finally {
      await officer.close();
      await board.close();
    }
  });

  it("gives a late display the day's last 8 calls, the served and absent ones too, newest first", async () => {
    const cici = await signIn('cici');
    const [served, called] = await Promise.all([seed(HOUR), seed(HOUR)]);
    const servedNumber = (await cici.post('api/check-in', { code: served })).body.ticket.number;
    const ticket = (await cici.post('api/check-in', { code: called })).body.ticket.number;
    expect((await cici.post('api/call-next', { counter: 4 })).body.ticket.number).toBe(servedNumber);
    await cici.post('api/served', { counter: 4 });
    await cici.post('api/call-next', { counter: 3 });
    const board = sseReader(await desk().send(`${desk().base}display/C/events`, {}));
    try {
      const { event, data } = await board.next();
      expect(event).toBe('snapshot');
      // Nine calls so far today (six above, the absent one, these two): the display keeps eight.
      expect(data.calls).toHaveLength(8);
      expect(data.calls.slice(0, 3)).toEqual([
        { number: ticket, counter: 'Loket 3', calls: 1, finished: false },
        { number: servedNumber, counter: 'Loket 4', calls: 1, finished: true },
        { number: expect.any(String), counter: 'Loket 2', calls: 2, finished: true },
      ]);
    } finally {
      await board.close();
      await cici.post('api/served', { counter: 3 });
    }
  });

  it("writes an audit row for each action, read by the supervisor only; the CSV export is the supervisor's too", async () => {
    const cici = await signIn('cici');
    const citra = await signIn('citra');
    expect((await cici.get('api/audit')).body.error).toBe('Forbidden');
    expect((await cici.get('api/day?format=csv')).status).toBe(403);
    const audit = await citra.get('api/audit');
    expect(audit.status).toBe(200);
    const actions = new Set(audit.body.entries.map((e: { action: string }) => e.action));
    expect([...actions].sort()).toEqual(['absent', 'call', 'check_in', 'recall', 'served', 'walk_in']);
    expect(audit.body.entries.every((e: { officer: string }) => e.officer === 'cici')).toBe(true);
    expect(audit.body.entries.find((e: { action: string }) => e.action === 'walk_in')).toMatchObject({
      detail: expect.any(String),
    });
    const ids = audit.body.entries.map((e: { id: number }) => e.id);
    expect(ids).toEqual([...ids].sort((a: number, b: number) => b - a));
    const older = await citra.get(`api/audit?before=${ids[1]}`);
    expect(older.body.entries.map((e: { id: number }) => e.id)).toEqual(ids.slice(2));
  });

  it('shows the day: sessions with bookings, their states and tickets, the walk-ins and the counts; CSV with a header row', async () => {
    const citra = await signIn('citra');
    const day = await citra.get('api/day');
    expect(day.status).toBe(200);
    expect(day.body.counts).toMatchObject({ checkedIn: 7, served: 8, absent: 1, walkIns: 2 });
    const lines = day.body.sessions.flatMap((s: { bookings: unknown[] }) => s.bookings);
    expect(lines).toHaveLength(7);
    expect(
      lines.every((b: { state: string; ticket?: unknown }) => b.state === 'checked_in' && b.ticket),
    ).toBe(true);
    const csv = await citra.get('api/day?format=csv');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = String(csv.body).trim().split('\r\n');
    expect(rows[0]).toBe(
      'date,session,code,name,birth_date,application_type,state,ticket,ticket_status,counter,reason',
    );
    expect(rows).toHaveLength(1 + 7 + 2);
    expect((await citra.get('api/day?date=2026-02-30')).body.error).toBe('InvalidDate');
  });
}
