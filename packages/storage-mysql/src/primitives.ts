import type { LedgerPrimitives } from '@antrean/core';
import { findBooking, lapsedBookings, reserveFacts } from './booking-reads';
import {
  appendAudit,
  dayTickets,
  insertTicket,
  lockDay,
  nextSequence,
  ticketOfCode,
  updateTicket,
} from './day-tickets';
import { changeStatus, takePlace } from './places';
import type { ConnectionLike } from './pool-like';
import { purgeRows } from './purge';
import { findReplyWith, recordReply } from './replies';
import { writeBooking } from './write-booking';

/**
 * The core's store primitives over one connection inside its open transaction: each reads, or
 * writes under a condition keyed by what the core passes. A failing statement rejects; the
 * transaction around the use case rolls back or runs it again.
 */
export const primitivesOn = (conn: ConnectionLike): LedgerPrimitives => ({
  reserveFacts: (query) => reserveFacts(conn, query),
  findReply: (key) => findReplyWith(conn, key),
  findBooking: (code) => findBooking(conn, code),
  lapsedBookings: (query) => lapsedBookings(conn, query),
  changeStatus: (change) => changeStatus(conn, change),
  takePlace: (officeId, slot) => takePlace(conn, officeId, slot),
  writeBooking: (write) => writeBooking(conn, write),
  recordReply: (record) => recordReply(conn, record),
  lockDay: (officeId, date) => lockDay(conn, officeId, date),
  dayTickets: (officeId, date) => dayTickets(conn, officeId, date),
  ticketOfCode: (officeId, code) => ticketOfCode(conn, officeId, code),
  nextSequence: (officeId, date, series) => nextSequence(conn, officeId, date, series),
  insertTicket: (ticket) => insertTicket(conn, ticket),
  updateTicket: (ticket, expect) => updateTicket(conn, ticket, expect),
  appendAudit: (entry) => appendAudit(conn, entry),
  purgeRows: (thresholds) => purgeRows(conn, thresholds),
});
