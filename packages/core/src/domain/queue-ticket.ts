import type { LocalDate } from './local-date';

/** A ticket for a booked applicant (checked in at the door) or a walk-in (lost or damaged passport). */
export type TicketKind = 'booking' | 'walk_in';

/** Where a ticket is in the calling cycle; `served` and `absent` are final. */
export type TicketStatus = 'waiting' | 'called' | 'served' | 'absent';

/** A queue number of one office's day, as the store keeps it. */
export interface QueueTicket {
  readonly officeId: string;
  /** The office-local date the number belongs to (a booking's session date). */
  readonly date: LocalDate;
  /** What people see and hear: series, dash, at least three digits (`A-001`). Unique per office and date. */
  readonly number: string;
  /** The prefix: one per application type for bookings, its own for walk-ins. */
  readonly series: string;
  /** 1, 2, 3… within (office, date, series), with no gaps and no repeats. */
  readonly sequence: number;
  readonly kind: TicketKind;
  /** The booking's code (kind `booking` only). */
  readonly code?: string;
  /** The booking's session start (kind `booking` only): calling goes by session first. */
  readonly sessionStartsAt?: Date;
  /** Why a walk-in came without a booking (kind `walk_in` only). */
  readonly reason?: string;
  readonly issuedAt: Date;
  /** The officer who checked the applicant in or issued the walk-in number. */
  readonly issuedBy: string;
  readonly status: TicketStatus;
  /** The counter (loket) that called it, while and after it is called. */
  readonly counter?: string;
  /** 1, 2, 3… in the order tickets of the office's day were first called; absent while waiting. */
  readonly callOrder?: number;
  /** The last call or recall. */
  readonly calledAt?: Date;
  /** How many times it was called: 1 plus its recalls. */
  readonly calls: number;
  /** When it was marked served or absent. */
  readonly finishedAt?: Date;
}
