import {
  type Booking,
  type CounterCheckIn,
  checkInAtCounter,
  checkInVerdict,
  localDateOf,
  readCounterCode,
  type TicketCheckInResult,
} from '@antrean/core';
import type { DeskOffice } from '../desk-options';
import { type DeskParts, officeOf, withStore } from '../desk-parts';
import { fail, jsonBody } from '../http/answers';
import type { DeskContext, DeskHono } from '../http/desk-env';
import { bookingJson } from '../views/booking-json';
import { ticketJson } from '../views/ticket-json';

/** The longest walk-in reason kept. */
export const MAX_REASON_LENGTH = 200;

/** The answer to the core's check-in: the booking and its ticket, or the refusal as an error code. */
async function checkInAnswer(
  parts: DeskParts,
  c: DeskContext,
  entry: DeskOffice,
  result: CounterCheckIn<TicketCheckInResult>,
): Promise<Response> {
  const { office, store } = entry;
  switch (result.type) {
    case 'CheckedIn':
      parts.hub.nudge(office.id);
      return c.json({ booking: bookingJson(result.booking, office), ticket: ticketJson(result.ticket) });
    case 'InvalidCode':
      return fail(c, 400, 'InvalidCode');
    case 'NotFound':
      return fail(c, 404, 'NotFound');
    case 'TooEarly':
      return fail(c, 409, 'TooEarly', { opensAt: result.opensAt.toISOString() });
    case 'AlreadyCheckedIn': {
      if (result.ticket) return fail(c, 409, 'AlreadyCheckedIn', { ticket: ticketJson(result.ticket) });
      return withStore(parts, c, store.findTicketByCode(office.id, result.booking.code), (ticket) =>
        fail(c, 409, 'AlreadyCheckedIn', ticket ? { ticket: ticketJson(ticket) } : {}),
      );
    }
    default:
      return fail(c, 409, result.type);
  }
}

/** `api/booking` (preview), `api/check-in` and `api/walk-in`. */
export function addCheckInRoutes(app: DeskHono, parts: DeskParts): void {
  app.get('/api/booking', async (c) => {
    const code = readCounterCode(c.req.query('code'));
    if (code === undefined) return fail(c, 400, 'InvalidCode');
    const entry = officeOf(parts, c);
    return withStore(parts, c, entry.store.findByCode(entry.office.id, code), async (booking) => {
      if (!booking) return fail(c, 404, 'NotFound');
      const now = parts.clock.now();
      const verdict = checkInVerdict(booking, now, entry.office);
      const answer = {
        booking: bookingJson(booking, entry.office, verdict.type === 'Expired' ? 'expired' : booking.status),
        verdict: verdict.type,
        ...(verdict.type === 'TooEarly' ? { opensAt: verdict.opensAt.toISOString() } : {}),
      };
      if (verdict.type !== 'AlreadyCheckedIn') return c.json(answer);
      return withStore(parts, c, entry.store.findTicketByCode(entry.office.id, code), (ticket) =>
        c.json({ ...answer, ...(ticket ? { ticket: ticketJson(ticket) } : {}) }),
      );
    });
  });

  app.post('/api/check-in', async (c) => {
    const typed = (await jsonBody(c))?.code;
    const entry = officeOf(parts, c);
    const officer = c.get('session').user.name;
    const seriesFor = (found: Booking) => parts.seriesFor(found.applicationType);
    const deps = { office: entry.office, clock: parts.clock, store: entry.store };
    const checkedIn = checkInAtCounter(deps, typed, (marked) =>
      entry.store.checkInWithTicket({ ...marked, seriesFor, officer }),
    );
    return withStore(parts, c, checkedIn, (result) => checkInAnswer(parts, c, entry, result));
  });

  app.post('/api/walk-in', async (c) => {
    const reason = (await jsonBody(c))?.reason;
    const text = typeof reason === 'string' ? reason.trim() : '';
    if (text === '' || text.length > MAX_REASON_LENGTH) return fail(c, 400, 'ReasonRequired');
    const { office, store } = officeOf(parts, c);
    const now = parts.clock.now();
    const input = {
      officeId: office.id,
      date: localDateOf(now, office.timeZone),
      series: parts.walkInSeries,
      reason: text,
      at: now,
      officer: c.get('session').user.name,
    };
    return withStore(parts, c, store.issueWalkIn(input), (ticket) => {
      parts.hub.nudge(office.id);
      return c.json({ ticket: ticketJson(ticket) }, 201);
    });
  });
}
