import { err, ok, type Result } from 'neverthrow';
import { parseBookingCode } from '../codes/booking-code';
import type { Rejection } from '../domain/rejection';
import { foldText } from './fold-text';
import { COMMAND_WORDS, lookupWord, MAX_MESSAGE_LENGTH } from './grammar-words';
import { parseBookingFields } from './parse-booking-fields';
import type { ParsedMessage } from './parsed-message';
import { splitBareBookingFields, splitFields } from './split-fields';

/**
 * Reads an applicant's message (grammar in docs/grammar.md). Never throws: every string is either
 * a request or a rejection naming what to fix. Text over 1,000 UTF-16 code units is refused
 * unread; the rest is folded (`foldText`: NFKC, invisible characters removed). Text not starting
 * with `#` asks for help, unless it is a booking of three or four fields written without the
 * leading `#`; the first field decides the kind.
 */
export function parseMessage(text: string): Result<ParsedMessage, Rejection> {
  if (text.length > MAX_MESSAGE_LENGTH) {
    return err({ type: 'MessageTooLong', length: text.length, max: MAX_MESSAGE_LENGTH });
  }
  const folded = foldText(text);
  const fields = splitFields(folded) ?? splitBareBookingFields(folded);
  const first = fields?.[0];
  if (fields === undefined || first === undefined) return ok({ kind: 'help' });

  const command = lookupWord(COMMAND_WORDS, first.toUpperCase());
  if (command === 'help') return ok({ kind: 'help' });
  if (command !== undefined) return parseCodeCommand(command, fields);
  return parseBookingFields(fields).map((request): ParsedMessage => ({ kind: 'book', request }));
}

/**
 * `#BATAL#CODE`, `#CEK#CODE` and synonyms: exactly one code after the keyword. Booking details
 * in its place (`#BATAL#BUDI#25011987#…`) get `CodeRequired`: a code, not a name, cancels.
 */
function parseCodeCommand(
  command: 'cancel' | 'status',
  fields: readonly string[],
): Result<ParsedMessage, Rejection> {
  const codeField = fields[1];
  if (codeField === undefined || codeField === '') return err({ type: 'MalformedMessage', field: 'code' });
  const code = parseBookingCode(codeField);
  if (fields.length > 2) {
    return err(
      code.isOk() ? { type: 'MalformedMessage', field: 'fields' } : { type: 'CodeRequired', command },
    );
  }
  return code
    .map((canonical): ParsedMessage => ({ kind: command, code: canonical }))
    .mapErr((): Rejection => ({ type: 'CodeNotFound', problem: 'invalid' }));
}
