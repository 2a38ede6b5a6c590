import type { LedgerPrimitives } from '@antrean/core';
import { findBooking, lapsedBookings, reserveFacts } from './booking-reads';
import { listTicketsWith } from './counter-queries';
import { lockDay, nextSequence, ticketOfCode, updateTicket } from './day-tickets';
import { changeStatus, takePlace } from './places';
import type { ClientLike } from './pool-like';
import { purgeRows } from './purge';
import { findReplyWith, recordReply } from './replies';
import type { Tables } from './tables';
import { appendAudit, insertTicket } from './ticket-rows';
import { writeBooking } from './write-booking';

/**
 * The core's store primitives over one client inside its open transaction: each is one SQL
 * statement that reads, or writes under a condition keyed by what the core passes. A failing
 * statement rejects; the transaction around the use case rolls back or runs it again.
 */
export const primitivesOn = (client: ClientLike, t: Tables): LedgerPrimitives => ({
  reserveFacts: (query) => reserveFacts(client, t, query),
  findReply: (key) => findReplyWith(client, t, key),
  findBooking: (code) => findBooking(client, t, code),
  lapsedBookings: (query) => lapsedBookings(client, t, query),
  changeStatus: (change) => changeStatus(client, t, change),
  takePlace: (officeId, slot) => takePlace(client, t, officeId, slot),
  writeBooking: (write) => writeBooking(client, t, write),
  recordReply: (record) => recordReply(client, t, record),
  lockDay: (officeId, date) => lockDay(client, t, officeId, date),
  dayTickets: (officeId, date) => listTicketsWith(client, t, officeId, date),
  ticketOfCode: (officeId, code) => ticketOfCode(client, t, officeId, code),
  nextSequence: (officeId, date, series) => nextSequence(client, t, officeId, date, series),
  insertTicket: (ticket) => insertTicket(client, t, ticket),
  updateTicket: (ticket, expect) => updateTicket(client, t, ticket, expect),
  appendAudit: (entry) => appendAudit(client, t, entry),
  purgeRows: (thresholds) => purgeRows(client, t, thresholds),
});
