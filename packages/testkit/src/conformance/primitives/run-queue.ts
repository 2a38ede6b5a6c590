import { formatTicketNumber, type QueueTicket } from '@antrean/core';
import type { Command } from './commands';
import type { CommandContext } from './run-ledger';
import { DATES } from './universe';

type Of<K extends Command['kind']> = Extract<Command, { kind: K }>;

/** A ticket's sequence as `newTicket` runs it: lock the day, the next number, the insert. */
const issue = async ({ tx, u, at }: CommandContext, cmd: Of<'issue'>): Promise<unknown> => {
  const officeId = u.offices[cmd.office % u.offices.length]!;
  const date = DATES[cmd.day % DATES.length]!;
  const code = cmd.code === undefined ? undefined : u.codes[cmd.code]!;
  // A booking gets one ticket (the check-in's): a code already holding one is issued as a walk-in.
  const ticketed = code !== undefined && (await tx.ticketOfCode(officeId, code)) !== undefined;
  await tx.lockDay(officeId, date);
  const sequence = await tx.nextSequence(officeId, date, cmd.series);
  const kind =
    code === undefined || ticketed
      ? { kind: 'walk_in' as const, reason: 'lost passport' }
      : { kind: 'booking' as const, code, sessionStartsAt: u.slots[0]!.startsAt };
  const ticket: QueueTicket = {
    officeId,
    date,
    number: formatTicketNumber(cmd.series, sequence),
    series: cmd.series,
    sequence,
    ...kind,
    issuedAt: at,
    issuedBy: 'officer',
    status: 'waiting',
    calls: 0,
  };
  await tx.insertTicket(ticket);
  return { ticketed, sequence };
};

/** A ticket of the day changed to `to` as the counter would, written only if it is still `expect`. */
const update = async ({ tx, u, at }: CommandContext, cmd: Of<'updateTicket'>): Promise<unknown> => {
  const officeId = u.offices[cmd.office % u.offices.length]!;
  const day = await tx.dayTickets(officeId, DATES[cmd.day % DATES.length]!);
  const ticket = day[cmd.ticket % Math.max(1, day.length)];
  if (!ticket) return { day };
  // Call order and counter stay unique per day (a store's indexes may insist): the day's next, the number's own.
  const callOrder = ticket.callOrder ?? Math.max(0, ...day.map((t) => t.callOrder ?? 0)) + 1;
  const changed: QueueTicket =
    cmd.to === 'called'
      ? {
          ...ticket,
          status: 'called',
          counter: ticket.number,
          callOrder,
          calledAt: at,
          calls: ticket.calls + 1,
        }
      : cmd.to === 'waiting'
        ? { ...ticket, status: 'waiting' }
        : { ...ticket, status: cmd.to, finishedAt: at };
  return { day, updated: await tx.updateTicket(changed, cmd.expect) };
};

/** Runs one command of the tickets and audit kinds; undefined for another kind. */
export const runQueueCommand = async (c: CommandContext, cmd: Command): Promise<unknown> => {
  const { tx, u, at } = c;
  const office = (i: number) => u.offices[i % u.offices.length]!;
  switch (cmd.kind) {
    case 'issue':
      return issue(c, cmd);
    case 'updateTicket':
      return update(c, cmd);
    case 'nextSequence':
      return tx.nextSequence(office(cmd.office), DATES[cmd.day % DATES.length]!, cmd.series);
    case 'dayTickets':
      return tx.dayTickets(office(cmd.office), DATES[cmd.day % DATES.length]!);
    case 'ticketOfCode':
      return tx.ticketOfCode(office(cmd.office), u.codes[cmd.code]!);
    case 'appendAudit': {
      const code = cmd.code === undefined ? {} : { code: u.codes[cmd.code]! };
      const detail = cmd.detail === undefined ? {} : { detail: cmd.detail };
      const entry = { officeId: office(cmd.office), at, officer: 'officer', action: 'walk_in' as const };
      return tx.appendAudit({ ...entry, ...code, ticket: 'W-001', ...detail });
    }
    default:
      return undefined;
  }
};
