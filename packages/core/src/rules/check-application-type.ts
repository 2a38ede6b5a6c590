import { err, ok, type Result } from 'neverthrow';
import type { ApplicationType } from '../domain/application-type';
import type { Rejection } from '../domain/rejection';

/** Application types that can be booked by message. */
export type BookableApplicationType = Exclude<ApplicationType, 'lost' | 'damaged'>;

/**
 * A lost or damaged passport needs a report and an interview at the counter first,
 * so those applicants are told to come in rather than given a session.
 */
export const checkApplicationType = (
  applicationType: ApplicationType,
): Result<BookableApplicationType, Rejection> =>
  applicationType === 'lost' || applicationType === 'damaged'
    ? err({ type: 'LostOrDamagedPassport', applicationType })
    : ok(applicationType);
