import { err, ok, type Result } from 'neverthrow';
import type { ApplicationType } from '../domain/application-type';
import type { DateProblem, MessageField, Rejection } from '../domain/rejection';
import { cleanExcerpt } from './clean-excerpt';
import { APPLICATION_TYPE_WORDS, lookupWord } from './grammar-words';
import { parseDateField } from './parse-date';
import { parseName } from './parse-name';
import type { BookingRequest } from './parsed-message';
import { suggestArrivalDate } from './suggest-arrival-date';

const FIELD_ORDER: readonly MessageField[] = ['name', 'birthDate', 'arrivalDate', 'applicationType'];

/**
 * Turns the fields of a booking message (`NAME`, `BIRTHDATE`, `ARRIVALDATE`, optional type) into a
 * request. Problems are reported in field order, the first one only, naming the field to fix.
 */
export function parseBookingFields(fields: readonly string[]): Result<BookingRequest, Rejection> {
  if (fields.length < 3 || fields.length > 4) return err({ type: 'MalformedMessage', field: 'fields' });
  const missing = fields.indexOf('');
  if (missing >= 0) return err({ type: 'MalformedMessage', field: FIELD_ORDER[missing] ?? 'fields' });
  const [nameField = '', birthField = '', arrivalField = '', typeField] = fields;

  const name = parseName(nameField);
  if (name.isErr()) return err({ type: 'InvalidName', problem: name.error });
  const birthDate = parseDateField(birthField);
  if (birthDate.isErr()) return err({ type: 'InvalidBirthDate', problem: birthDate.error });
  const arrivalDate = parseDateField(arrivalField);
  if (arrivalDate.isErr()) return err(arrivalDateRejection(arrivalField, arrivalDate.error));
  const applicationType = parseApplicationType(typeField);
  if (applicationType.isErr()) return err(applicationType.error);

  return ok({
    name: name.value,
    birthDate: birthDate.value,
    arrivalDate: arrivalDate.value,
    applicationType: applicationType.value,
  });
}

/** Reads the optional fourth field, in any case; an absent field means a regular application. */
export function parseApplicationType(field: string | undefined): Result<ApplicationType, Rejection> {
  if (field === undefined) return ok('regular');
  const type = lookupWord(APPLICATION_TYPE_WORDS, field.trim().toUpperCase());
  if (type !== undefined) return ok(type);
  // Only a cleaned excerpt goes into the outcome: it is stored, logged and quoted in the reply.
  return err({ type: 'MalformedMessage', field: 'applicationType', got: cleanExcerpt(field) });
}

/** An unreadable arrival date, with the date it most likely means when that can be read. */
function arrivalDateRejection(field: string, problem: DateProblem): Rejection {
  const suggestion = problem === 'impossible' ? undefined : suggestArrivalDate(field);
  return suggestion === undefined
    ? { type: 'InvalidArrivalDate', problem }
    : { type: 'InvalidArrivalDate', problem, suggestion };
}
