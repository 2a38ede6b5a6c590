import { err, ok, type Result } from 'neverthrow';
import type { ApplicationType } from '../domain/application-type';
import type { MessageField, Rejection } from '../domain/rejection';
import { APPLICATION_TYPE_WORDS, lookupWord } from './grammar-words';
import { parseDateField } from './parse-date';
import { parseName } from './parse-name';
import type { BookingRequest } from './parsed-message';

const FIELD_ORDER: readonly MessageField[] = ['name', 'birthDate', 'arrivalDate', 'applicationType'];

/** How much of an unknown word is echoed back, so a reply stays one short message. */
const MAX_ECHO = 40;

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
  if (arrivalDate.isErr()) return err({ type: 'InvalidArrivalDate', problem: arrivalDate.error });
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
  return err({ type: 'MalformedMessage', field: 'applicationType', got: echo(field.trim()) });
}

function echo(text: string): string {
  const chars = [...text];
  return chars.length > MAX_ECHO ? `${chars.slice(0, MAX_ECHO - 1).join('')}…` : text;
}
