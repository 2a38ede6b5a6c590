import { parseBookingCode } from '../codes';

/** Longer than any code typed with spaces: a bound on what is read, so a pasted page is refused at once. */
const MAX_TYPED_LENGTH = 64;

/** Spaces people type inside a code at the counter (`QA6Y AU5H`). */
const INNER_SPACES = /\s+/gu;

/**
 * The canonical code (8 characters, no dash) of what an officer typed, spaces anywhere and a dash
 * or not; undefined when it is not a code. One reading for the desk and the terminal bot.
 */
export function readCounterCode(input: unknown): string | undefined {
  if (typeof input !== 'string' || input.length > MAX_TYPED_LENGTH) return undefined;
  const code = parseBookingCode(input.replace(INNER_SPACES, ''));
  return code.isOk() ? code.value : undefined;
}
