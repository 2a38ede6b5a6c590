import { err, ok, type Result } from 'neverthrow';
import type { Rejection } from '../domain/rejection';
import type { OfficeConfig } from '../office/office-config';

const MS_PER_DAY = 86_400_000;

/** Which applicant a number last booked for, and when. */
export interface NumberBinding {
  readonly applicantKey: string;
  readonly boundAt: Date;
}

/**
 * A number bound to another applicant at or after `since` may not book for this one: it keeps
 * brokers from booking many people's sessions from one phone.
 */
export const checkNumberBinding = (
  binding: NumberBinding | undefined,
  applicantKey: string,
  since: Date,
): Result<void, Rejection> =>
  binding && binding.applicantKey !== applicantKey && binding.boundAt.getTime() >= since.getTime()
    ? err({ type: 'NotPersonalNumber', problem: 'boundToOther' })
    : ok(undefined);

/** The oldest binding instant that still counts at `now`: `numberBindingDays` before it. */
export const bindingSince = (now: Date, office: OfficeConfig): Date =>
  new Date(now.getTime() - office.numberBindingDays * MS_PER_DAY);
