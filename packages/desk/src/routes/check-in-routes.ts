import {
  activeFrom,
  type Booking,
  checkInVerdict,
  localDateOf,
  parseBookingCode,
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

/** The canonical code of what the officer typed (spaces anywhere), or undefined. */
const readCode = (input: unknown): string | undefined => {
  if (typeof input !== 'string' || input.length > 64) return undefined;
  const code = parseBookingCode(input.replace(/\s+/gu, ''));
  return code.isOk() ? code.value : undefined;
};

/** A refused or lost check-in, judged again on the booking as stored. */
async function refusal(
  parts: DeskParts,
  c: DeskContext,
  entry: DeskOffice,
  booking: Booking | undefined,
  ticketGiven?: TicketCheckInResult['ticket'],
): Promise<Response> {
  if (!booking) return fail(c, 404, 'NotFound');
  const verdict = checkInVerdict(booking, parts.clock.now(), entry.office);
  switch (verdict.type) {
    case 'TooEarly':
      return fail(c, 409, 'TooEarly', { opensAt: verdict.opensAt.toISOString() });
    case 'Cancelled':
      return fail(c, 409, 'Cancelled');
    case 'AlreadyCheckedIn': {
      if (ticketGiven) return fail(c, 409, 'AlreadyCheckedIn', { ticket: ticketJson(ticketGiven) });
      return withStore(parts, c, entry.store.findTicketByCode(entry.office.id, booking.code), (ticket) =>
        fail(c, 409, 'AlreadyCheckedIn', ticket ? { ticket: ticketJson(ticket) } : {}),
      );
    }
    default:
      return fail(c, 409, 'Expired');
  }
}

/** `api/booking` (preview), `api/check-in` and `api/walk-in`. */
export function addCheckInRoutes(app: DeskHono, parts: DeskParts): void {
  app.get('/api/booking', async (c) => {
    const code = readCode(c.req.query('code'));
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
    const code = readCode((await jsonBody(c))?.code);
    if (code === undefined) return fail(c, 400, 'InvalidCode');
    const entry = officeOf(parts, c);
    const { office, store } = entry;
    return withStore(parts, c, store.findByCode(office.id, code), async (booking) => {
      const now = parts.clock.now();
      if (!booking || checkInVerdict(booking, now, office).type !== 'Open')
        return refusal(parts, c, entry, booking);
      const input = {
        officeId: office.id,
        code,
        at: now,
        activeFrom: activeFrom(now),
        seriesFor: (found: Booking) => parts.seriesFor(found.applicationType),
        officer: c.get('session').user.name,
      };
      return withStore(parts, c, store.checkInWithTicket(input), (result) => {
        if (result.type !== 'CheckedIn') return refusal(parts, c, entry, result.booking, result.ticket);
        parts.hub.publish({ officeId: office.id, change: 'issued', ticket: result.ticket });
        return c.json({ booking: bookingJson(result.booking, office), ticket: ticketJson(result.ticket) });
      });
    });
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
      parts.hub.publish({ officeId: office.id, change: 'issued', ticket });
      return c.json({ ticket: ticketJson(ticket) }, 201);
    });
  });
}
