import { err, ok, type Result } from 'neverthrow';
import { parseOfficeConfig } from '../office/parse-office-config';
import type { BookingServiceDeps, InvalidDependency } from './booking-service-types';

/** Every member a `BookingStore` has; a JavaScript caller's object missing one is refused. */
const STORE_METHODS = [
  'findReply',
  'recordReply',
  'reserve',
  'cancel',
  'findByCode',
  'findActiveByApplicant',
  'countBySlot',
  'markCheckedIn',
  'listByDate',
  'checkInWithTicket',
  'issueWalkIn',
  'callNext',
  'recall',
  'finishCall',
  'listTickets',
  'findTicketByCode',
  'listAudit',
  'expireLapsed',
  'purge',
  'health',
  'close',
] as const;

const invalid = (
  dependency: InvalidDependency['dependency'],
  message: string,
): Result<never, InvalidDependency> => err({ type: 'InvalidDependency', dependency, message });

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * Checks the dependencies once, at construction, so a host's wiring mistake (a JavaScript caller
 * passing `generateCode: nanoidCodeGenerator()`, a store missing methods) is told at start with the
 * dependency named, not as a failure on every message. The office is returned parsed, defaults filled.
 */
export function validateDeps(deps: BookingServiceDeps): Result<BookingServiceDeps, InvalidDependency> {
  const given: Partial<Record<keyof BookingServiceDeps, unknown>> = isObject(deps) ? deps : {};
  const office = parseOfficeConfig(given.office);
  if (office.isErr()) {
    const issues = office.error.issues.map((issue) => `${issue.path} ${issue.message}`).join('; ');
    return invalid('office', `office is not a valid office config: ${issues}`);
  }
  const store = given.store;
  if (!isObject(store)) return invalid('store', 'store must be a BookingStore object');
  const missing = STORE_METHODS.filter((name) => typeof store[name] !== 'function');
  if (missing.length > 0) return invalid('store', `store lacks the methods ${missing.join(', ')}`);
  const clock = given.clock;
  if (!isObject(clock) || typeof clock.now !== 'function') {
    return invalid('clock', 'clock must be an object with a now() method');
  }
  if (typeof given.generateCode !== 'function') {
    return invalid(
      'generateCode',
      `generateCode must be a function returning a code body, not ${given.generateCode === null ? 'null' : typeof given.generateCode} (pass the generator, e.g. nanoidCodeGenerator, or call a factory that returns one)`,
    );
  }
  if (given.language !== undefined && given.language !== 'id' && given.language !== 'en') {
    return invalid('language', 'language must be id or en when given');
  }
  return ok({ ...deps, office: office.value });
}
