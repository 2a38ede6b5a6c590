import type { Booking, LedgerPrimitives, Reply, StoredBookingStatus } from '@antrean/core';
import { later } from '../fixtures';
import type { Command } from './commands';
import { bookingOf, type Universe } from './universe';

/** Where a command runs: the transaction's primitives, the run's ids, its instant and its code. */
export interface CommandContext {
  readonly tx: LedgerPrimitives;
  readonly u: Universe;
  readonly at: Date;
  /** The code a `book` at this position writes. */
  readonly code: string;
}

const TRANSITIONS: readonly { from: StoredBookingStatus; to: StoredBookingStatus; release: boolean }[] = [
  { from: 'active', to: 'checked_in', release: false },
  { from: 'active', to: 'cancelled', release: true },
  { from: 'active', to: 'expired', release: true },
];

const byCode = (rows: readonly Booking[]): Booking[] => [...rows].sort((a, b) => (a.code < b.code ? -1 : 1));

const replyAt = (label: string, at: Date): Reply => ({
  text: `${label} ${at.toISOString()}`,
  outcome: { kind: 'help' },
});

/** The reservation's sequence of primitives, as `reserveOver` calls them, without its judgments. */
const book = async (c: CommandContext, cmd: Extract<Command, { kind: 'book' }>): Promise<unknown> => {
  const { tx, u, at } = c;
  const slot = { ...u.slots[cmd.slot % u.slots.length]!, capacity: cmd.capacity };
  const booking = bookingOf(u, at, { ...cmd, slot, code: c.code });
  const key = cmd.message === undefined ? undefined : u.messages[cmd.message];
  const facts = await tx.reserveFacts({
    ...(key ? { key } : {}),
    applicantKey: booking.applicantKey,
    phone: booking.phone,
    code: booking.code,
  });
  // The core never writes a second active booking or a taken code: neither does the run.
  if (facts.active || facts.codeTaken) return { facts };
  const taken = await tx.takePlace(booking.officeId, slot);
  if (!taken) return { facts, taken };
  const delivery = cmd.delivery ? { delivery: { via: 'via-1', to: booking.phone } } : {};
  const reply = key && !facts.reply ? { reply: { key, reply: replyAt('booked', at), at, ...delivery } } : {};
  const replaceBefore = [later(at, 1), later(at, -60), later(at, -60 * 24 * 30)][cmd.bindingWindow]!;
  const binding = { phone: booking.phone, applicantKey: booking.applicantKey, at, replaceBefore };
  const written = await tx.writeBooking({ booking, binding, ...reply });
  if (written) return { facts, taken, written };
  // A refused binding keeps nothing: neither the booking nor the reply may be read back.
  const kept = { booking: await tx.findBooking(booking.code), reply: key && (await tx.findReply(key)) };
  return { facts, taken, written, kept };
};

/** Runs one command of the bookings, messages and places kinds; undefined for another kind. */
export const runLedgerCommand = async (c: CommandContext, cmd: Command): Promise<unknown> => {
  const { tx, u, at } = c;
  const office = (i: number) => u.offices[i % u.offices.length]!;
  switch (cmd.kind) {
    case 'book':
      return book(c, cmd);
    case 'takePlace':
      return tx.takePlace(office(cmd.office), {
        ...u.slots[cmd.slot % u.slots.length]!,
        capacity: cmd.capacity,
      });
    case 'changeStatus': {
      const codes = cmd.codes.map((i) => u.codes[i]!);
      return byCode(
        await tx.changeStatus({ codes, at, ...TRANSITIONS[cmd.transition % TRANSITIONS.length]! }),
      );
    }
    case 'findBooking':
      return tx.findBooking(u.codes[cmd.code]!);
    case 'reserveFacts': {
      const key = cmd.message === undefined ? undefined : u.messages[cmd.message]!;
      const { key: applicantKey } = u.applicants[cmd.applicant % u.applicants.length]!;
      const phone = u.phones[cmd.phone % u.phones.length]!;
      return tx.reserveFacts({ ...(key ? { key } : {}), applicantKey, phone, code: u.codes[cmd.code]! });
    }
    case 'findReply':
      return tx.findReply(u.messages[cmd.message]!);
    case 'recordReply': {
      const delivery = cmd.delivery ? { delivery: { via: 'via-2', to: u.phones[0]! } } : {};
      return tx.recordReply({ key: u.messages[cmd.message]!, reply: replyAt('reply', at), at, ...delivery });
    }
    case 'lapsedBookings': {
      // Which lapsed bookings a limited read returns is the store's choice: any of them, `limit` at most.
      const query = {
        before: u.instants[cmd.before]!,
        ...(cmd.office === undefined ? {} : { officeId: office(cmd.office) }),
      };
      const some = await tx.lapsedBookings({ ...query, limit: cmd.limit });
      const all = byCode(await tx.lapsedBookings({ ...query, limit: 1000 }));
      const codes = new Set(all.map((b) => b.code));
      return { all, returned: some.length, unknown: some.filter((b) => !codes.has(b.code)) };
    }
    case 'purgeRows': {
      const [sessionBefore, lapsedBefore, messagesBefore, bindingsBefore] = [
        cmd.session,
        cmd.lapsed,
        cmd.messages,
        cmd.bindings,
      ].map((i) => u.instants[i]!);
      return tx.purgeRows({
        sessionBefore: sessionBefore!,
        lapsedBefore: lapsedBefore!,
        messagesBefore: messagesBefore!,
        bindingsBefore: bindingsBefore!,
      });
    }
    default:
      return undefined;
  }
};
