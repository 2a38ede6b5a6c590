import { displayCode } from '../codes/booking-code';
import type { LocalDate } from '../domain/local-date';
import { APPLICATION_TYPE_WORD } from './grammar-words';
import type { BookingRequest } from './parsed-message';

/** How `formatBookingMessage` writes a message; every style parses back to the same request. */
export interface BookingMessageStyle {
  /** Between day, month and year; `''` (default) writes `DDMMYYYY` like the seed example. */
  readonly dateSeparator?: '' | '-' | '/' | '.';
  /** Whether to end with `#` (default true); the grammar accepts both. */
  readonly closingHash?: boolean;
}

/**
 * Writes the message an applicant would send for `request`, e.g. `#BUDI#25011987#14072017#`.
 * Used for the "correct example" in replies and for round-trip tests. `request.name` should be
 * normalized already (the output of `parseName`).
 */
export function formatBookingMessage(request: BookingRequest, style: BookingMessageStyle = {}): string {
  const separator = style.dateSeparator ?? '';
  const fields = [
    request.name,
    formatDateField(request.birthDate, separator),
    formatDateField(request.arrivalDate, separator),
  ];
  const typeWord = APPLICATION_TYPE_WORD[request.applicationType];
  if (typeWord !== undefined) fields.push(typeWord);
  return `#${fields.join('#')}${style.closingHash === false ? '' : '#'}`;
}

/** The cancel message for a canonical code: `#BATAL#XXXX-XXXX`. */
export function formatCancelMessage(code: string): string {
  return `#BATAL#${displayCode(code)}`;
}

/** The status message for a canonical code: `#CEK#XXXX-XXXX`. */
export function formatStatusMessage(code: string): string {
  return `#CEK#${displayCode(code)}`;
}

/** `YYYY-MM-DD` as a message writes it: day, month, year with the separator between. */
export function formatDateField(date: LocalDate, separator: '' | '-' | '/' | '.' = ''): string {
  const [year = '', month = '', day = ''] = date.split('-');
  return [day, month, year].join(separator);
}
