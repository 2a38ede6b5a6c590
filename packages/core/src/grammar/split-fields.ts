/**
 * Splits a `#`-message into its fields, each trimmed. Returns `undefined` when the first
 * non-space character is not `#` (such text is a request for help). Trailing empty fields are
 * dropped, which is what makes the closing `#` optional (`#A#B#C`, `#A#B#C#`, `#A#B#C# #`).
 */
export function splitFields(text: string): string[] | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('#')) return undefined;
  const fields = trimmed
    .slice(1)
    .split('#')
    .map((field) => field.trim());
  while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
  return fields;
}
