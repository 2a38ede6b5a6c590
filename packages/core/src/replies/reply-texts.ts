import type { RejectedOutcome } from '../domain/outcome';
import type { RejectionReason } from '../domain/rejection';
import type { OutcomeOf } from './outcome-builders';
import type { TextContext } from './reply-context';

/** The rejected outcome of one reason, e.g. `RejectedOf<'FullyBooked'>` with its `nextDates`. */
export type RejectedOf<R extends RejectionReason> = Extract<RejectedOutcome, { readonly reason: R }>;

/**
 * One text function per rejection reason. Declaring a language's table with `satisfies` makes a
 * new reason fail to compile until every language has a text for it.
 */
export type RejectionTexts = {
  readonly [R in RejectionReason]: (outcome: RejectedOf<R>, context: TextContext) => string;
};

/** Every text of one language: one function per outcome kind, refusals per reason. */
export interface ReplyTexts {
  readonly confirmed: (outcome: OutcomeOf<'confirmed'>, context: TextContext) => string;
  readonly cancelled: (outcome: OutcomeOf<'cancelled'>, context: TextContext) => string;
  readonly status: (outcome: OutcomeOf<'status'>, context: TextContext) => string;
  readonly help: (outcome: OutcomeOf<'help'>, context: TextContext) => string;
  readonly rejected: RejectionTexts;
}
