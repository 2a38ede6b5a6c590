import type { ApplicationType } from './application-type';
import type { LocalDate } from './local-date';
import type { Rejection } from './rejection';

/** State of a booking code at an instant, as applicants and officers see it. */
export type CodeState = 'active' | 'checked_in' | 'expired' | 'cancelled';

/**
 * What happened to an inbound message: a public, JSON-serialisable contract (documented in
 * docs/rules.md). Instants are ISO-8601 strings with the office's UTC offset.
 */
export type Outcome =
  | {
      readonly kind: 'confirmed';
      /** Code as shown to the applicant: `XXXX-XXXX`. */
      readonly code: string;
      readonly date: LocalDate;
      readonly sessionStart: string;
      /** When the session ends; absent if the office no longer has that session. */
      readonly sessionEnd?: string;
      readonly checkInDeadline: string;
      readonly applicationType: ApplicationType;
      /** The applicant's name as read (`parseName`): documents must show the same. Absent in outcomes from before it was added. */
      readonly name?: string;
      /** The applicant's birth date as read, `YYYY-MM-DD`. Absent in outcomes from before it was added. */
      readonly birthDate?: LocalDate;
    }
  | RejectedOutcome
  | { readonly kind: 'cancelled'; readonly code: string }
  | {
      readonly kind: 'status';
      readonly code: string;
      readonly state: CodeState;
      readonly date: LocalDate;
      readonly sessionStart: string;
      /** When the session ends; absent if the office no longer has that session. */
      readonly sessionEnd?: string;
      readonly checkInDeadline: string;
    }
  | { readonly kind: 'help' };

/** A reply as sent and as stored for deduplication: the text and the outcome it reports. */
export interface Reply {
  readonly text: string;
  readonly outcome: Outcome;
}

/** A refusal as an outcome: `reason` is the rejection's `type`, its other fields kept as they are. */
export type RejectedOutcome = Rejection extends infer R
  ? R extends Rejection
    ? { readonly kind: 'rejected'; readonly reason: R['type'] } & Omit<R, 'type'>
    : never
  : never;
