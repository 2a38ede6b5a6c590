import { COMMAND_WORDS, lookupWord } from './grammar-words';

/**
 * Splits a `#`-message into its fields, each trimmed. Returns `undefined` when the first
 * non-space character is not `#` (such text is a request for help). Trailing empty fields are
 * dropped, which is what makes the closing `#` optional (`#A#B#C`, `#A#B#C#`, `#A#B#C# #`).
 */
export function splitFields(text: string): string[] | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('#')) return undefined;
  const fields = trimmed.slice(1).split('#');
  // In place: a second array per message shows in the profile on quota day.
  for (let i = 0; i < fields.length; i++) fields[i] = fields[i]!.trim();
  while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
  return fields;
}

/**
 * The fields of a booking written without its leading `#` (`BUDI#25011987#07122026`): three or
 * four fields, the first no command word. Anything else without `#` stays a request for help.
 */
export function splitBareBookingFields(text: string): string[] | undefined {
  const fields = splitFields(`#${text}`);
  const first = fields?.[0];
  if (fields === undefined || first === undefined || fields.length < 3 || fields.length > 4) return undefined;
  return lookupWord(COMMAND_WORDS, first.toUpperCase()) === undefined ? fields : undefined;
}
