import { isValidLocalDate } from '@antrean/core';
import { err, ok, type Result } from 'neverthrow';

// A date and a time, then Z or an offset: the parts an instant needs.
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/i;
const WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)?$/i;

/**
 * An ISO-8601 instant for `--now`. A time without its UTC offset is refused rather than read in
 * the machine's zone: the same command would book other sessions on a laptop set to UTC. The
 * error is the rest of a sentence starting with the flag's name.
 */
export function readInstant(text: string): Result<Date, string> {
  const example = 'e.g. 2026-12-01T09:00:00+07:00 (WIB) or 2026-12-01T02:00:00Z';
  if (WITHOUT_OFFSET.test(text)) {
    return err(`needs a UTC offset or Z after the time, ${example}; got "${text}"`);
  }
  const instant = new Date(text);
  // Date would roll 31 February over into March; the calendar check refuses it.
  if (!WITH_OFFSET.test(text) || !isValidLocalDate(text.slice(0, 10)) || Number.isNaN(instant.getTime())) {
    return err(`must be an ISO-8601 instant, ${example}; got "${text}"`);
  }
  return ok(instant);
}
